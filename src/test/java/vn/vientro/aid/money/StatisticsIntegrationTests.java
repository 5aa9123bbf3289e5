package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.money.MoneyFixtures.today;

/**
 * Statistics of approved aid against hand-computed figures: mixed currencies at stated rates, splits over sectors and
 * communes that add up to the whole once, filters. Each test has a donor of its own, so its figures are exact.
 */
@VientroIntegrationTest
class StatisticsIntegrationTests {

    static final String EUR_AT_27000_5 = ", \"statedRate\": 27000.5, \"statedRateDate\": \"%s\", "
            + "\"statedRateSource\": \"Giấy báo có số 15/VCB\"";

    @LocalServerPort
    int port;
    @Autowired
    AidStatisticsQueries statistics;

    @Test
    void mixedCurrenciesAddUpInVndAtEachTransactionsOwnRate() {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long id = items.itemIn(AidStatus.APPROVED);
        String token = team.officer().token();
        created(items.post(id, token, "COMMITMENT", today(), "2000", "EUR", EUR_AT_27000_5.formatted(today())));
        created(items.post(id, token, "DISBURSEMENT", today(), "1000", "EUR", EUR_AT_27000_5.formatted(today())));
        created(items.post(id, token, "DISBURSEMENT", today(), "1000001", "VND", ""));
        created(items.post(id, token, "EXPENDITURE", today(), "500000", "VND", ""));
        created(items.post(id, token, "COMMITMENT", today(), "3000000", "VND", ", \"funding\": \"COUNTERPART\""));

        StatisticsRow totals = statistics.totals(thisMonth(team));

        assertThat(totals.items()).isEqualTo(1);
        assertThat(totals.committedVnd()).isEqualByComparingTo("54001000");
        assertThat(totals.disbursedVnd()).as("27,000,500 + 1,000,001").isEqualByComparingTo("28000501");
        assertThat(totals.spentVnd()).isEqualByComparingTo("500000");
        assertThat(totals.counterpartVnd()).isEqualByComparingTo("3000000");
        assertThat(totals.disbursementRate()).isEqualByComparingTo("51.9");
        assertThat(statistics.ratesUsed(thisMonth(team))).singleElement().satisfies(rate -> {
            assertThat(rate.currency()).isEqualTo("EUR");
            assertThat(rate.transactions()).isEqualTo(2);
            assertThat(rate.lowestToVnd()).isEqualByComparingTo("27000.5");
            assertThat(rate.statedRates()).isEqualTo(2);
        });
    }

    @Test
    void sectorAndCommuneSplitsAddUpToTheWholeAndNeverCountAnItemTwice() {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long first = items.itemIn(AidStatus.APPROVED);
        long second = items.itemIn(AidStatus.APPROVED);
        created(items.post(first, team.officer().token(), "DISBURSEMENT", today(), "1000001", "VND", ""));
        created(items.post(second, team.officer().token(), "DISBURSEMENT", today(), "2000000", "VND", ""));

        Map<String, BigDecimal> sectors = disbursed(statistics.breakdown(thisMonth(team),
                List.of(StatisticsDimension.SECTOR)));
        // 33.33 %, 33.33 % and 33.34 % of 3,000,001 đồng (both items share the sectors): 999,900.3333 twice and
        // 1,000,200.3334; the đồng the floors leave goes to the largest remainder, so the parts make the whole.
        assertThat(sectors).containsOnly(Map.entry("12220", new BigDecimal("999900")),
                Map.entry("12230", new BigDecimal("999900")), Map.entry("12240", new BigDecimal("1000201")));
        Map<String, BigDecimal> communes = disbursed(statistics.breakdown(thisMonth(team),
                List.of(StatisticsDimension.COMMUNE)));
        assertThat(communes).containsOnly(Map.entry(items.communes.get(0), new BigDecimal("1800001")),
                Map.entry(items.communes.get(1), new BigDecimal("1200000")));
        List<StatisticsRow> both = statistics.breakdown(thisMonth(team),
                List.of(StatisticsDimension.SECTOR_CATEGORY, StatisticsDimension.COMMUNE));
        assertThat(both).extracting(StatisticsRow::items).containsOnly(2L);
        assertThat(both.stream().map(StatisticsRow::disbursedVnd).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("3000001");
        assertThat(statistics.totals(thisMonth(team).withCommune(items.communes.get(1))).disbursedVnd())
                .as("a commune filter takes that commune's part only").isEqualByComparingTo("1200000");
        assertThat(statistics.totals(thisMonth(team).withSector("1223")).disbursedVnd())
                .as("a sector filter takes that sector's part only").isEqualByComparingTo("999900");
    }

    @Test
    void filtersNarrowToApprovedPublicAndReadableAid() {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long approved = items.itemIn(AidStatus.APPROVED);
        created(items.post(approved, team.officer().token(), "DISBURSEMENT", today(), "1000", "VND", ""));

        assertThat(statistics.totals(thisMonth(team)).disbursedVnd()).isEqualByComparingTo("1000");
        assertThat(statistics.totals(thisMonth(team).withDonors(Set.of())).items()).isZero();
        assertThat(statistics.totals(thisMonth(team).withAgency(team.owner().id())).disbursedVnd())
                .isEqualByComparingTo("1000");
        assertThat(statistics.totals(thisMonth(team).withAgency(team.otherDepartment().id())).items()).isZero();
        assertThat(statistics.totals(thisMonth(team).publishedOnly()).items())
                .as("nothing of the item is public yet").isZero();
        assertThat(statistics.approvedIn(thisMonth(team))).isEqualTo(1);
        YearMonth lastYear = YearMonth.from(today()).minusYears(1);
        assertThat(statistics.totals(StatisticsFilter.of(lastYear, lastYear).withDonors(donor(team))).items())
                .isZero();
        assertThat(statistics.breakdown(thisMonth(team), List.of(StatisticsDimension.QUARTER,
                StatisticsDimension.KIND))).singleElement().satisfies(row -> assertThat(row.keys()).containsExactly(
                        today().getYear() + "-Q" + ((today().getMonthValue() + 2) / 3), "TECHNICAL_ASSISTANCE"));
    }

    @Test
    void theItemsFactsOnItsMonthSumsFollowItsMoves() {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long id = items.itemIn(AidStatus.APPROVED);
        created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "7000", "VND", ""));
        assertThat(statistics.totals(thisMonth(team).withStatus(AidStatus.APPROVED)).disbursedVnd())
                .isEqualByComparingTo("7000");

        items.moveTo(id, AidStatus.IMPLEMENTING);

        assertThat(statistics.totals(thisMonth(team).withStatus(AidStatus.APPROVED)).items()).isZero();
        assertThat(statistics.totals(thisMonth(team).withStatus(AidStatus.IMPLEMENTING)).disbursedVnd())
                .as("the copy of the status on the item's month sums moved with it").isEqualByComparingTo("7000");
    }

    private static StatisticsFilter thisMonth(AidTeam team) {
        return StatisticsFilter.of(YearMonth.from(today()), YearMonth.from(today())).withDonors(donor(team));
    }

    private static Set<Long> donor(AidTeam team) {
        return Set.of(team.donor().id());
    }

    private static Map<String, BigDecimal> disbursed(List<StatisticsRow> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.key(0), StatisticsRow::disbursedVnd));
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
