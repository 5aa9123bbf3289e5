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
import static vn.vientro.aid.StatisticsDimension.COMMUNE;
import static vn.vientro.aid.StatisticsDimension.DONOR;
import static vn.vientro.aid.StatisticsDimension.KIND;
import static vn.vientro.aid.StatisticsDimension.PRIORITY_FIELD;
import static vn.vientro.aid.StatisticsDimension.SECTOR;
import static vn.vientro.aid.StatisticsDimension.SECTOR_CATEGORY;
import static vn.vientro.aid.StatisticsDimension.STATUS;
import static vn.vientro.aid.StatisticsDimension.YEAR;

/**
 * The rollups kept on write (issue 18's speed: by year and facts, by month with items counted where their money of the
 * year begins, donor and kind, sector, sector category, commune)
 * give exactly the figures of the month sums, items counted once, over the whole database, after money arrives,
 * changes, moves between years and goes, after items' facts change (approval, status, donor) and their sector and
 * commune splits change (shares that do not end, a new category, a part gone, no split); and the set-based rebuild
 * finds what the triggers kept.
 */
@VientroIntegrationTest
class StatisticsRollupIntegrationTests {

    private static final List<List<StatisticsDimension>> DIMENSIONS = List.of(List.of(), List.of(YEAR),
            List.of(PRIORITY_FIELD), List.of(KIND), List.of(STATUS), List.of(YEAR, STATUS),
            List.of(STATUS, PRIORITY_FIELD), List.of(KIND, YEAR, STATUS, PRIORITY_FIELD));
    private static final List<List<StatisticsDimension>> DONOR_DIMENSIONS = List.of(List.of(), List.of(YEAR),
            List.of(DONOR), List.of(YEAR, DONOR), List.of(DONOR, YEAR), List.of(DONOR, KIND),
            List.of(KIND, YEAR, DONOR), List.of(DONOR, PRIORITY_FIELD), List.of(PRIORITY_FIELD),
            List.of(YEAR, PRIORITY_FIELD, DONOR));
    private static final List<List<StatisticsDimension>> SPLIT_DIMENSIONS = List.of(List.of(SECTOR),
            List.of(SECTOR_CATEGORY), List.of(COMMUNE), List.of(SECTOR_CATEGORY, YEAR), List.of(YEAR, SECTOR),
            List.of(COMMUNE, KIND), List.of(KIND, YEAR, COMMUNE), List.of(YEAR, SECTOR_CATEGORY, KIND),
            List.of(SECTOR, PRIORITY_FIELD), List.of(PRIORITY_FIELD, YEAR, SECTOR_CATEGORY));

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
        long euros = money(first, "DISBURSEMENT", "AID", "2011-05-03", "260000", "10.40", "EUR");
        money(second, "COMMITMENT", "AID", "2012-11-30", "250000", "10.00", "USD");
        money(draft, "DISBURSEMENT", "AID", "2012-02-02", "270000", "10.80", "EUR");
        AidTeam other = new AidTeam();
        donors = Set.of(team.donor().id(), other.donor().id());
        bothWaysAgree();

        jdbc.sql("update aid.money_transaction set amount_vnd = 1200001, amount_usd = 48.05 where id = :id")
                .param("id", a).update();
        jdbc.sql("update aid.money_transaction set value_date = date '2012-06-15' where id = :id")
                .param("id", moved).update();
        jdbc.sql("delete from aid.money_transaction where id = :id").param("id", gone).update();
        jdbc.sql("update aid.money_transaction set value_date = date '2013-01-02', rate_date = date '2013-01-02'"
                + " where id = :id").param("id", euros).update();
        items.moveTo(first, AidStatus.IMPLEMENTING);
        items.moveTo(draft, AidStatus.APPROVED);
        jdbc.sql("update aid.aid_item set donor_id = :donor where id = :id").param("donor", other.donor().id())
                .param("id", second).update();
        bothWaysAgree();

        // split changes: shares that do not end (30/90), a sector of another category, a commune gone, no split
        jdbc.sql("update aid.aid_item_sector set percent = 30 where aid_item = :id").param("id", first).update();
        jdbc.sql("update aid.aid_item_sector set sector_code = '15110' where aid_item = :id and sector_code = '12230'")
                .param("id", second).update();
        jdbc.sql("delete from aid.aid_item_location where aid_item = :id and percent = 40").param("id", first)
                .update();
        jdbc.sql("delete from aid.aid_item_sector where aid_item = :id").param("id", draft).update();
        jdbc.sql("update aid.aid_item_location set percent = 70 where aid_item = :id and percent = 60")
                .param("id", second).update();
        money(second, "COMMITMENT", "AID", "2012-08-08", "333333", "13.33");
        // the first item's money of 2011 now begins in May, not March (the year_month rollup counts it there)
        jdbc.sql("update aid.money_transaction set value_date = date '2011-08-20' where id = :id").param("id", a)
                .update();
        jdbc.sql("update aid.aid_item set priority_field = (select min(code) from reference.priority_field)"
                + " where id = :id").param("id", second).update();
        bothWaysAgree();

        assertThat(StatisticsPaths.fromRollup(statistics, years(2011, 2013).withStatus(AidStatus.IMPLEMENTING),
                List.of()).get(0).items()).as("the moved item counts once over three years").isPositive();
        String rollups = """
                select 'r' || rollup, value_year, k1 || '/' || k2 || '/' || k3, committed_vnd + 2 * committed_usd
                       + 3 * disbursed_vnd + 5 * disbursed_usd + 7 * spent_vnd + 11 * spent_usd
                       + 13 * counterpart_vnd + 17 * counterpart_usd, committed_vnd - disbursed_vnd, months
                  from aid.money_rollup
                union all select 'n' || rollup, value_year, k1 || '/' || k2 || '/' || k3, 0, 0, items
                  from aid.money_rollup_items
                union all select 'm', value_year, aid_item || item_kind || item_status || priority_field || donor_id
                       || month_rows::text, 0, 0, months
                  from aid.money_rollup_member
                union all select 'a', 0, aid_item || item_kind || item_status || priority_field || donor_id
                       || years::text, 0, 0, 0
                  from aid.money_rollup_item_years
                union all select 'p' || rollup, 0, aid_item || '/' || part, share, 0, 0 from aid.money_rollup_part
                union all select 'q', 0, value_month || currency || approved || rate_date || rate_to_vnd || '/'
                       || rate_to_usd || rate_stated || rate_source, 0, 0, transactions
                  from aid.money_rate_month
                order by 1, 2, 3
                """;
        List<String> kept = jdbc.sql(rollups).query((rs, n) -> rs.getString(1) + rs.getInt(2) + rs.getString(3)
                + rs.getBigDecimal(4).stripTrailingZeros().toPlainString()
                + rs.getBigDecimal(5).stripTrailingZeros().toPlainString() + rs.getInt(6)).list();
        jdbc.sql("select aid.money_rollup_rebuild()").query(Object.class).list();
        jdbc.sql("select aid.money_rate_rebuild()").query(Object.class).list();
        assertThat(jdbc.sql(rollups).query((rs, n) -> rs.getString(1) + rs.getInt(2) + rs.getString(3)
                + rs.getBigDecimal(4).stripTrailingZeros().toPlainString()
                + rs.getBigDecimal(5).stripTrailingZeros().toPlainString() + rs.getInt(6)).list())
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
        for (StatisticsFilter filter : List.of(years(2011, 2013), years(2012, 2012), years(2000, now + 1),
                StatisticsFilter.of(YearMonth.of(2011, 5), YearMonth.of(2012, 2)))) {
            assertThat(StatisticsPaths.ratesFromMonths(statistics, filter)).as("rates used in %s", filter)
                    .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                    .containsExactlyElementsOf(StatisticsPaths.ratesFromTransactions(statistics, filter));
        }
        List<StatisticsFilter> filters = List.of(years(2011, 2013), years(2012, 2012), years(2000, now + 1),
                years(1900, 2200), years(1900, 2200).withStatus(AidStatus.IMPLEMENTING),
                years(2011, 2013).withStatus(AidStatus.APPROVED), years(2011, 2013).withKind(AidKind.TECHNICAL_ASSISTANCE),
                years(2000, now + 1).withStatus(AidStatus.IMPLEMENTING).withKind(AidKind.TECHNICAL_ASSISTANCE));
        RecursiveComparisonConfiguration exact = RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();
        for (StatisticsFilter filter : filters) {
            for (List<StatisticsDimension> dimensions : DIMENSIONS) {
                assertThat(StatisticsPaths.rollup(filter, dimensions)).isEqualTo("year");
                rollupEqualsMonths(filter, dimensions, exact);
            }
        }
        // the first months of a year: the year_month rollup, items counted in the month their money begins
        for (StatisticsFilter filter : List.of(StatisticsFilter.of(YearMonth.of(2011, 1), YearMonth.of(2011, 5)),
                StatisticsFilter.of(YearMonth.of(2011, 1), YearMonth.of(2011, 3)),
                StatisticsFilter.of(YearMonth.of(2012, 1), YearMonth.of(2012, 6)),
                StatisticsFilter.of(YearMonth.of(2012, 1), YearMonth.of(2012, 1)),
                StatisticsFilter.of(YearMonth.of(2013, 1), YearMonth.of(2013, 9)),
                StatisticsFilter.of(YearMonth.of(2013, 1), YearMonth.of(2013, 11)).withStatus(AidStatus.IMPLEMENTING),
                StatisticsFilter.of(YearMonth.of(2012, 1), YearMonth.of(2012, 8)).withKind(AidKind.TECHNICAL_ASSISTANCE))) {
            for (List<StatisticsDimension> dimensions : DIMENSIONS) {
                assertThat(StatisticsPaths.rollup(filter, dimensions)).isEqualTo("year_month");
                rollupEqualsMonths(filter, dimensions, exact);
            }
        }
        String field = jdbc.sql("select min(code) from reference.priority_field").query(String.class).single();
        for (StatisticsFilter filter : List.of(years(2011, 2013), years(2012, 2012), years(2000, now + 1),
                years(2011, 2013).withDonors(donors), years(2000, now + 1).withDonors(Set.of(donors.iterator().next())),
                years(2011, 2013).withDonors(donors).withKind(AidKind.TECHNICAL_ASSISTANCE),
                years(1900, 2200).withDonors(donors), years(2011, 2013).withDonors(donors).withPriorityField(field),
                years(2012, 2012).withPriorityField(field), years(1900, 2200).withPriorityField(field)
                        .withKind(AidKind.TECHNICAL_ASSISTANCE))) {
            for (List<StatisticsDimension> dimensions : DONOR_DIMENSIONS) {
                if (filter.donorIds() == null && (DIMENSIONS.contains(dimensions)
                        || filter.priorityField() != null && !dimensions.contains(DONOR))) {
                    continue;
                }
                assertThat(StatisticsPaths.rollup(filter, dimensions)).isEqualTo("donor");
                rollupEqualsMonths(filter, dimensions, exact);
            }
        }
        for (StatisticsFilter filter : List.of(years(2011, 2013), years(2012, 2012), years(2000, now + 1),
                years(2011, 2013).withKind(AidKind.TECHNICAL_ASSISTANCE), years(1900, 2200),
                years(1900, 2200).withKind(AidKind.TECHNICAL_ASSISTANCE))) {
            for (List<StatisticsDimension> dimensions : SPLIT_DIMENSIONS) {
                assertThat(StatisticsPaths.rollup(filter, dimensions)).as("%s", dimensions).isNotNull();
                List<StatisticsRow> months = StatisticsPaths.fromMonths(statistics, filter, dimensions);
                assertThat(StatisticsPaths.fromRollup(statistics, filter, dimensions))
                        .as("%s by %s", filter, dimensions)
                        .usingRecursiveFieldByFieldElementComparator(exact)
                        .containsExactlyElementsOf(months);
            }
        }
        String fieldOfFirst = jdbc.sql("select min(code) from reference.priority_field").query(String.class)
                .single();
        String commune = jdbc.sql("select commune_code from aid.aid_item_location order by aid_item desc limit 1")
                .query(String.class).single();
        for (StatisticsFilter filter : List.of(years(2011, 2013).withSector("122"), years(2012, 2012).withSector("122"),
                years(2000, now + 1).withSector("12220"), years(2011, 2013).withSector("151"),
                years(2012, 2012).withSector("122").withPriorityField(fieldOfFirst),
                years(1900, 2200).withSector("122"), years(1900, 2200).withCommune(commune),
                years(2011, 2013).withCommune(commune), years(2012, 2012).withCommune(commune)
                        .withKind(AidKind.TECHNICAL_ASSISTANCE))) {
            for (List<StatisticsDimension> dimensions : List.of(List.<StatisticsDimension>of(), List.of(YEAR),
                    List.of(KIND), List.of(YEAR, KIND), List.of(PRIORITY_FIELD))) {
                if (filter.commune() != null && dimensions.contains(PRIORITY_FIELD)) {
                    continue;
                }
                assertThat(StatisticsPaths.rollup(filter, dimensions)).as("%s", filter).isNotNull();
                rollupEqualsMonths(filter, dimensions, exact);
            }
        }
        for (StatisticsFilter filter : List.of(StatisticsFilter.of(YearMonth.of(2011, 3), YearMonth.of(2013, 6)),
                StatisticsFilter.of(YearMonth.of(2011, 1), YearMonth.of(2013, 11)),
                StatisticsFilter.of(YearMonth.of(2011, 6), YearMonth.of(2012, 12)).withDonors(donors),
                StatisticsFilter.of(YearMonth.of(2010, 12), YearMonth.of(2014, 1)).withStatus(AidStatus.APPROVED),
                StatisticsFilter.of(YearMonth.of(2011, 2), YearMonth.of(2012, 11)),
                StatisticsFilter.of(YearMonth.of(2010, 1), YearMonth.of(2013, 6)).withKind(AidKind.TECHNICAL_ASSISTANCE),
                StatisticsFilter.of(YearMonth.of(2011, 1), YearMonth.of(2012, 3)))) {
            for (List<StatisticsDimension> dimensions : List.of(List.of(YEAR), List.of(YEAR, STATUS),
                    List.of(YEAR, DONOR), List.of(YEAR, PRIORITY_FIELD, KIND), List.of(YEAR, SECTOR_CATEGORY),
                    List.of(YEAR, COMMUNE, KIND))) {
                assertThat(statistics.breakdown(filter, dimensions)).as("parts of years: %s by %s", filter, dimensions)
                        .usingRecursiveFieldByFieldElementComparator(exact)
                        .containsExactlyElementsOf(StatisticsPaths.fromMonths(statistics, filter, dimensions));
            }
        }
        // donors under a category or a commune: the category_donor and commune_donor rollups
        for (StatisticsFilter filter : List.of(years(2011, 2013).withSector("122"), years(2012, 2012).withSector("122"),
                years(2012, 2012).withSector("151").withKind(AidKind.TECHNICAL_ASSISTANCE),
                years(1900, 2200).withSector("122"), years(2011, 2013).withSector("122").withDonors(donors),
                years(2011, 2013).withCommune(commune), years(2012, 2012).withCommune(commune).withDonors(donors),
                years(1900, 2200).withCommune(commune))) {
            for (List<StatisticsDimension> dimensions : List.of(List.of(DONOR), List.of(YEAR, DONOR),
                    List.of(DONOR, KIND), List.of(KIND, YEAR, DONOR))) {
                assertThat(StatisticsPaths.rollup(filter, dimensions)).as("%s by %s", filter, dimensions)
                        .isEqualTo(filter.sector() != null ? "category_donor" : "commune_donor");
                rollupEqualsMonths(filter, dimensions, exact);
            }
        }
        for (StatisticsFilter filter : List.of(years(2011, 2013).withDonors(donors), years(1900, 2200).withDonors(donors),
                years(2012, 2012).withDonors(donors).withKind(AidKind.TECHNICAL_ASSISTANCE))) {
            for (List<StatisticsDimension> dimensions : List.of(List.of(SECTOR_CATEGORY), List.of(COMMUNE),
                    List.of(YEAR, SECTOR_CATEGORY, DONOR), List.of(COMMUNE, DONOR, KIND))) {
                assertThat(StatisticsPaths.rollup(filter, dimensions)).as("%s by %s", filter, dimensions)
                        .isEqualTo(dimensions.contains(COMMUNE) ? "commune_donor" : "category_donor");
                assertThat(StatisticsPaths.fromRollup(statistics, filter, dimensions))
                        .as("%s by %s", filter, dimensions)
                        .usingRecursiveFieldByFieldElementComparator(exact)
                        .containsExactlyElementsOf(StatisticsPaths.fromMonths(statistics, filter, dimensions));
            }
        }
        // a sector or commune filter of months reads the items' kept parts instead of their splits: the same figures
        for (StatisticsFilter filter : List.of(StatisticsFilter.of(YearMonth.of(2011, 3), YearMonth.of(2013, 6)),
                StatisticsFilter.of(YearMonth.of(2012, 2), YearMonth.of(2012, 11)))) {
            for (StatisticsFilter split : List.of(filter.withSector("122"), filter.withSector("12220"),
                    filter.withSector("151"), filter.withCommune(commune),
                    filter.withSector("122").withCommune(commune).withPriorityField(field),
                    filter.withSector("1222"), filter.withCommune(commune).withDonors(donors))) {
                for (List<StatisticsDimension> dimensions : List.of(List.<StatisticsDimension>of(), List.of(YEAR),
                        List.of(DONOR), List.of(PRIORITY_FIELD, KIND), List.of(YEAR, SECTOR_CATEGORY),
                        List.of(COMMUNE))) {
                    assertThat(StatisticsPaths.fromMonthsThroughParts(statistics, split, dimensions))
                            .as("through parts: %s by %s", split, dimensions)
                            .usingRecursiveFieldByFieldElementComparator(exact)
                            .containsExactlyElementsOf(StatisticsPaths.fromMonths(statistics, split, dimensions));
                }
            }
        }
        assertThat(StatisticsPaths.rollup(years(2012, 2012).withStatus(AidStatus.APPROVED), List.of(DONOR)))
                .isNull();
        assertThat(StatisticsPaths.rollup(StatisticsFilter.of(YearMonth.of(2012, 2), YearMonth.of(2012, 12)),
                List.of())).as("months read the month sums").isNull();
        assertThat(StatisticsPaths.rollup(years(2012, 2012).withSector("1222"), List.of()))
                .as("a prefix of several sectors").isNull();
        assertThat(StatisticsPaths.rollup(years(2012, 2012).withSector("12220"), List.of(SECTOR_CATEGORY))).isNull();
        assertThat(StatisticsPaths.rollup(years(2012, 2012).withSector("122"), List.of(COMMUNE))).isNull();
        assertThat(StatisticsPaths.rollup(years(2012, 2012), List.of(SECTOR, DONOR))).isNull();
    }

    private static StatisticsFilter years(int from, int to) {
        return StatisticsFilter.of(YearMonth.of(from, 1), YearMonth.of(to, 12));
    }

    private long money(long item, String kind, String funding, String date, String vnd, String usd) {
        return money(item, kind, funding, date, vnd, usd, "VND");
    }

    private long money(long item, String kind, String funding, String date, String vnd, String usd, String currency) {
        return jdbc.sql("""
                insert into aid.money_transaction (aid_item, kind, funding, value_date, amount, currency, rate_to_vnd,
                                                   rate_to_usd, rate_date, rate_source, amount_vnd, amount_usd,
                                                   recorded_by)
                values (:item, :kind, :funding, cast(:date as date), :vnd, :currency, 1, 0.00004, cast(:date as date),
                        'test ' || :currency, :vnd, :usd, 'test')
                returning id
                """).param("item", item).param("kind", kind).param("funding", funding).param("date", date)
                .param("vnd", new BigDecimal(vnd)).param("usd", new BigDecimal(usd)).param("currency", currency)
                .query(Long.class).single();
    }

    /** The rollup's figures and the public breakdown's both equal the detailed month computation, exactly. */
    private void rollupEqualsMonths(StatisticsFilter filter, List<StatisticsDimension> dimensions,
                                    RecursiveComparisonConfiguration exact) {
        List<StatisticsRow> months = StatisticsPaths.fromMonths(statistics, filter, dimensions);
        assertThat(StatisticsPaths.fromRollup(statistics, filter, dimensions))
                .as("%s by %s", filter, dimensions)
                .usingRecursiveFieldByFieldElementComparator(exact)
                .containsExactlyElementsOf(months);
        assertThat(statistics.breakdown(filter, dimensions)).usingRecursiveFieldByFieldElementComparator(exact)
                .containsExactlyElementsOf(months);
    }
}
