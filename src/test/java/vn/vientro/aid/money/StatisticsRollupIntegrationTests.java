package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsPaths;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.StatisticsDimension.DONOR;
import static vn.vientro.aid.StatisticsDimension.KIND;
import static vn.vientro.aid.StatisticsDimension.PRIORITY_FIELD;
import static vn.vientro.aid.StatisticsDimension.STATUS;
import static vn.vientro.aid.StatisticsDimension.YEAR;

/**
 * The year rollups kept on write (issue 18's speed) give exactly the figures of the month sums, items counted once,
 * over the whole database, after money arrives, changes, moves between years and goes, and after items' facts change
 * (approval, status); and the set-based rebuild finds what the trigger kept.
 */
@VientroIntegrationTest
class StatisticsRollupIntegrationTests {

    private static final List<List<StatisticsDimension>> DIMENSIONS = List.of(List.of(), List.of(YEAR),
            List.of(PRIORITY_FIELD), List.of(KIND), List.of(STATUS), List.of(YEAR, STATUS),
            List.of(STATUS, PRIORITY_FIELD), List.of(KIND, YEAR, STATUS, PRIORITY_FIELD));
    private static final List<List<StatisticsDimension>> DONOR_DIMENSIONS = List.of(List.of(), List.of(YEAR),
            List.of(DONOR), List.of(YEAR, DONOR), List.of(DONOR, YEAR));

    private Set<Long> donors = Set.of();

    @LocalServerPort
    int port;
    @Autowired
    AidStatisticsQueries statistics;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theYearRollupsGiveTheMonthSumsFiguresThroughEveryChange() {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long first = items.itemIn(AidStatus.APPROVED);
        long second = items.itemIn(AidStatus.APPROVED);
        long draft = items.draft();
        long a = money(first, "COMMITMENT", "AID", "2011-03-10", "1000001", "40.05");
        money(first, "DISBURSEMENT", "AID", "2011-05-02", "300000", "12.00");
        long moved = money(first, "DISBURSEMENT", "AID", "2013-07-01", "200000", "8.00");
        money(first, "COMMITMENT", "COUNTERPART", "2013-07-09", "50000", "2.00");
        long gone = money(second, "EXPENDITURE", "AID", "2012-01-31", "70000", "2.80");
        money(second, "COMMITMENT", "AID", "2013-12-31", "900000", "36.00");
        money(draft, "COMMITMENT", "AID", "2012-02-01", "500000", "20.00");
        AidTeam other = new AidTeam();
        donors = Set.of(team.donor().id(), other.donor().id());
        bothWaysAgree();

        jdbc.sql("update aid.money_transaction set amount_vnd = 1200001, amount_usd = 48.05 where id = :id")
                .param("id", a).update();
        jdbc.sql("update aid.money_transaction set value_date = date '2012-06-15' where id = :id")
                .param("id", moved).update();
        jdbc.sql("delete from aid.money_transaction where id = :id").param("id", gone).update();
        items.moveTo(first, AidStatus.IMPLEMENTING);
        items.moveTo(draft, AidStatus.APPROVED);
        jdbc.sql("update aid.aid_item set donor_id = :donor where id = :id").param("donor", other.donor().id())
                .param("id", second).update();
        bothWaysAgree();

        assertThat(StatisticsPaths.fromYears(statistics, years(2011, 2013).withStatus(AidStatus.IMPLEMENTING),
                List.of()).get(0).items()).as("the moved item counts once over three years").isPositive();
        String rollups = """
                select 'y', value_year, kind || funding || item_kind || item_status || priority_field,
                       amount_vnd, amount_usd, months from aid.money_year
                union all select 'i', value_year, aid_item || item_kind || item_status || priority_field, 0, 0, months
                  from aid.money_item_year
                union all select 'n', value_year, item_kind || item_status || priority_field, 0, 0, items
                  from aid.money_year_items
                union all select 'a', 0, aid_item || item_kind || item_status || priority_field || years::text, 0, 0, 0
                  from aid.money_item_years
                union all select 'd', value_year, donor_id || kind || funding, amount_vnd, amount_usd, months
                  from aid.money_year_donor
                union all select 'e', value_year, aid_item || '/' || donor_id, 0, 0, months
                  from aid.money_item_year_donor
                union all select 'f', value_year, donor_id::text, 0, 0, items from aid.money_year_donor_items
                union all select 'g', 0, aid_item || '/' || donor_id || years::text, 0, 0, 0
                  from aid.money_item_donor_years
                order by 1, 2, 3
                """;
        List<String> kept = jdbc.sql(rollups).query((rs, n) -> rs.getString(1) + rs.getInt(2) + rs.getString(3)
                + rs.getBigDecimal(4) + rs.getBigDecimal(5) + rs.getInt(6)).list();
        jdbc.sql("select aid.money_year_rebuild()").query(Object.class).list();
        assertThat(jdbc.sql(rollups).query((rs, n) -> rs.getString(1) + rs.getInt(2) + rs.getString(3)
                + rs.getBigDecimal(4) + rs.getBigDecimal(5) + rs.getInt(6)).list())
                .as("the rebuild finds what the trigger kept").containsExactlyElementsOf(kept);
    }

    @Test
    void approvalsByYearAndKindInOneStatementCountAsEachCellAlone() {
        AidTeam team = new AidTeam();
        new MoneyFixtures(port, new AidFixtures(team)).itemIn(AidStatus.APPROVED);
        int now = LocalDate.now().getYear();
        java.util.Map<Integer, java.util.Map<AidKind, Long>> grouped = statistics.approvedByYearAndKind(
                years(now - 2, now + 1));
        for (int year = now - 2; year <= now + 1; year++) {
            for (AidKind kind : AidKind.values()) {
                assertThat(grouped.getOrDefault(year, java.util.Map.of()).getOrDefault(kind, 0L))
                        .as("%s %s", year, kind).isEqualTo(statistics.approvedIn(years(year, year).withKind(kind)));
            }
        }
        assertThat(grouped.values().stream().mapToLong(counts -> counts.getOrDefault(AidKind.TECHNICAL_ASSISTANCE,
                0L)).sum()).isPositive();
    }

    private void bothWaysAgree() {
        int now = LocalDate.now().getYear();
        List<StatisticsFilter> filters = List.of(years(2011, 2013), years(2012, 2012), years(2000, now + 1),
                years(2011, 2013).withStatus(AidStatus.APPROVED), years(2011, 2013).withKind(AidKind.TECHNICAL_ASSISTANCE),
                years(2000, now + 1).withStatus(AidStatus.IMPLEMENTING).withKind(AidKind.TECHNICAL_ASSISTANCE));
        RecursiveComparisonConfiguration exact = RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();
        for (StatisticsFilter filter : filters) {
            for (List<StatisticsDimension> dimensions : DIMENSIONS) {
                assertThat(StatisticsPaths.byYears(filter, dimensions)).isTrue();
                List<StatisticsRow> months = StatisticsPaths.fromMonths(statistics, filter, dimensions);
                assertThat(StatisticsPaths.fromYears(statistics, filter, dimensions))
                        .as("%s by %s", filter, dimensions)
                        .usingRecursiveFieldByFieldElementComparator(exact)
                        .containsExactlyElementsOf(months);
                assertThat(statistics.breakdown(filter, dimensions)).usingRecursiveFieldByFieldElementComparator(exact)
                        .containsExactlyElementsOf(months);
            }
        }
        for (StatisticsFilter filter : List.of(years(2011, 2013), years(2012, 2012), years(2000, now + 1),
                years(2011, 2013).withDonors(donors), years(2000, now + 1).withDonors(Set.of(donors.iterator().next())))) {
            for (List<StatisticsDimension> dimensions : DONOR_DIMENSIONS) {
                assertThat(StatisticsPaths.byDonorYears(filter, dimensions)).isTrue();
                List<StatisticsRow> months = StatisticsPaths.fromMonths(statistics, filter, dimensions);
                assertThat(StatisticsPaths.fromDonorYears(statistics, filter, dimensions))
                        .as("%s by %s", filter, dimensions)
                        .usingRecursiveFieldByFieldElementComparator(exact)
                        .containsExactlyElementsOf(months);
                assertThat(statistics.breakdown(filter, dimensions)).usingRecursiveFieldByFieldElementComparator(exact)
                        .containsExactlyElementsOf(months);
            }
        }
        for (StatisticsFilter filter : List.of(StatisticsFilter.of(YearMonth.of(2011, 3), YearMonth.of(2013, 6)),
                StatisticsFilter.of(YearMonth.of(2011, 1), YearMonth.of(2013, 11)),
                StatisticsFilter.of(YearMonth.of(2011, 6), YearMonth.of(2012, 12)).withDonors(donors),
                StatisticsFilter.of(YearMonth.of(2010, 12), YearMonth.of(2014, 1)).withStatus(AidStatus.APPROVED),
                StatisticsFilter.of(YearMonth.of(2011, 2), YearMonth.of(2012, 11)))) {
            for (List<StatisticsDimension> dimensions : List.of(List.of(YEAR), List.of(YEAR, STATUS),
                    List.of(YEAR, DONOR), List.of(YEAR, PRIORITY_FIELD, KIND))) {
                assertThat(statistics.breakdown(filter, dimensions)).as("parts of years: %s by %s", filter, dimensions)
                        .usingRecursiveFieldByFieldElementComparator(exact)
                        .containsExactlyElementsOf(StatisticsPaths.fromMonths(statistics, filter, dimensions));
            }
        }
        assertThat(StatisticsPaths.byDonorYears(years(2012, 2012).withStatus(AidStatus.APPROVED),
                List.of(DONOR))).isFalse();
        assertThat(StatisticsPaths.byYears(StatisticsFilter.of(YearMonth.of(2012, 2), YearMonth.of(2012, 12)),
                List.of())).as("months read the month sums").isFalse();
        assertThat(StatisticsPaths.byYears(years(2012, 2012).withSector("122"), List.of())).isFalse();
        assertThat(StatisticsPaths.byYears(years(2012, 2012), List.of(StatisticsDimension.DONOR))).isFalse();
    }

    private static StatisticsFilter years(int from, int to) {
        return StatisticsFilter.of(YearMonth.of(from, 1), YearMonth.of(to, 12));
    }

    private long money(long item, String kind, String funding, String date, String vnd, String usd) {
        return jdbc.sql("""
                insert into aid.money_transaction (aid_item, kind, funding, value_date, amount, currency, rate_to_vnd,
                                                   rate_to_usd, rate_date, rate_source, amount_vnd, amount_usd,
                                                   recorded_by)
                values (:item, :kind, :funding, cast(:date as date), :vnd, 'VND', 1, 0.00004, cast(:date as date),
                        'test', :vnd, :usd, 'test')
                returning id
                """).param("item", item).param("kind", kind).param("funding", funding).param("date", date)
                .param("vnd", new BigDecimal(vnd)).param("usd", new BigDecimal(usd)).query(Long.class).single();
    }
}
