package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.shared.Money;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.money.MoneyFixtures.json;
import static vn.vientro.aid.money.MoneyFixtures.today;

/** Money split over sectors and communes by percentages, each item counted exactly once. */
@VientroIntegrationTest
class MoneySplitIntegrationTests {

    static final AidTeam team = new AidTeam();
    final vn.vientro.aid.AidFixtures aidFixtures = new vn.vientro.aid.AidFixtures(team);

    @LocalServerPort
    int port;
    @Autowired
    MoneyQueries queries;
    @Autowired
    JdbcClient jdbc;

    MoneyFixtures items;

    @BeforeEach
    void setUp() {
        items = new MoneyFixtures(port, aidFixtures);
    }

    @Test
    void anItemsPartsOverSectorsAndCommunesAddUpToItsWhole() {
        long id = items.itemIn(AidStatus.APPROVED);
        created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000001", "VND", ""));
        MoneyFilter filter = MoneyFilter.of(MoneyKind.DISBURSEMENT).forItem(id);

        Map<String, BigDecimal> sectors = vnd(queries.bySector(filter));
        // 33.33 % and 33.34 % of 1,000,001 đồng: 333,300.33 + 333,300.33 + 333,400.33; the đồng left over goes to
        // the largest remainder.
        assertThat(sectors).containsOnly(Map.entry("12220", new BigDecimal("333300")),
                Map.entry("12230", new BigDecimal("333300")), Map.entry("12240", new BigDecimal("333401")));
        Map<String, BigDecimal> communes = vnd(queries.byCommune(filter));
        assertThat(communes).containsOnly(Map.entry(items.communes.get(0), new BigDecimal("600001")),
                Map.entry(items.communes.get(1), new BigDecimal("400000")));

        Money usd = queries.totals(id).usd(MoneyKind.DISBURSEMENT, Funding.AID);
        assertThat(usdSum(queries.bySector(filter))).isEqualByComparingTo(usd.amount());
        assertThat(usdSum(queries.byCommune(filter))).isEqualByComparingTo(usd.amount());
    }

    @Test
    void overAllItemsTheSectorAndCommuneSplitsEachSumToTheTotalOnce() {
        long first = items.itemIn(AidStatus.IMPLEMENTING);
        created(items.post(first, team.officer().token(), "DISBURSEMENT", today(), "12345.67", "USD", ""));
        created(items.post(first, team.officer().token(), "DISBURSEMENT", today(), "999.99", "EUR", ""));
        long second = items.itemIn(AidStatus.APPROVED);
        created(items.post(second, team.officer().token(), "DISBURSEMENT", today(), "777777777", "VND", ""));

        MoneyFilter all = MoneyFilter.of(MoneyKind.DISBURSEMENT);
        BigDecimal total = jdbc.sql("select sum(amount_vnd) from aid.money_transaction where kind = 'DISBURSEMENT'")
                .query(BigDecimal.class).single();
        BigDecimal totalUsd = jdbc.sql("select sum(amount_usd) from aid.money_transaction where kind = 'DISBURSEMENT'")
                .query(BigDecimal.class).single();
        assertThat(vndSum(queries.bySector(all))).isEqualByComparingTo(total);
        assertThat(vndSum(queries.byCommune(all))).isEqualByComparingTo(total);
        assertThat(usdSum(queries.bySector(all))).isEqualByComparingTo(totalUsd);
        assertThat(usdSum(queries.byCommune(all))).isEqualByComparingTo(totalUsd);
        BigDecimal year = jdbc.sql("select coalesce(sum(amount_vnd), 0) from aid.money_transaction "
                + "where kind = 'DISBURSEMENT' and extract(year from value_date) = :y").param("y", today().getYear())
                .query(BigDecimal.class).single();
        assertThat(vndSum(queries.bySector(new MoneyFilter(MoneyKind.DISBURSEMENT, Funding.AID, today().getYear(),
                today().getYear(), null, null)))).isEqualByComparingTo(year);
    }

    @Test
    void thePartsFollowAChangeOfTheItemsSectorsAndCommunesAndItsMoves() {
        long id = items.draft();
        created(items.post(id, team.officer().token(), "COMMITMENT", today(), "1000001", "VND", ""));
        MoneyFilter commitments = MoneyFilter.of(MoneyKind.COMMITMENT).forItem(id);
        items.describe(id, "[{\"sectorCode\": \"12220\", \"percent\": 50}, {\"sectorCode\": \"11220\", "
                + "\"percent\": 50}]", items.locations(50, 50));
        assertThat(vnd(queries.bySector(commitments))).containsOnly(Map.entry("11220", new BigDecimal("500001")),
                Map.entry("12220", new BigDecimal("500000")));
        assertThat(vndSum(queries.byCommune(commitments))).isEqualByComparingTo("1000001");
        items.describe(id, "[]", "[]");
        assertThat(vnd(queries.bySector(commitments))).as("an item without sectors still counts, once")
                .containsOnly(Map.entry("null", new BigDecimal("1000001")));
        items.describe(id, MoneyFixtures.SECTORS, items.locations(60, 40));
        items.moveTo(id, AidStatus.APPROVED);
        assertThat(vnd(queries.bySector(commitments))).containsOnly(Map.entry("12220", new BigDecimal("333300")),
                Map.entry("12230", new BigDecimal("333300")), Map.entry("12240", new BigDecimal("333401")));
        assertThat(jdbc.sql("""
                select count(*) from (
                    select dimension, kind, value_year, funding, code, sum(amount_vnd) as vnd, sum(amount_usd) as usd,
                           count(*) as items
                      from aid.money_share group by dimension, kind, value_year, funding, code
                    except
                    select dimension, kind, value_year, funding, code, amount_vnd, amount_usd, items
                      from aid.money_split) differing
                """).query(Long.class).single()).as("the national sums are the items' parts").isZero();

        String kept = derivedTables();
        jdbc.sql("select aid.money_rebuild()").query(Object.class).single();
        assertThat(derivedTables()).as("a set-based rebuild gives what the triggers keep").isEqualTo(kept);
    }

    private String derivedTables() {
        return String.join("\n", jdbc.sql("select t::text from aid.money_total t order by 1").query(String.class).list())
                + String.join("\n", jdbc.sql("select s::text from aid.money_share s order by 1").query(String.class)
                .list())
                + String.join("\n", jdbc.sql("select s::text from aid.money_split s order by 1").query(String.class)
                .list());
    }

    @Test
    void theApiSplitsForProvincialRolesOverEveryItemAndForAnOfficerOverTheirAgencysItems() {
        long id = items.itemIn(AidStatus.APPROVED);
        created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "5000", "USD", ""));
        BigDecimal total = jdbc.sql("select sum(amount_vnd) from aid.money_transaction where kind = 'DISBURSEMENT'")
                .query(BigDecimal.class).single();
        HttpResponse<String> forFocal = WebClient.api(port, "GET", "/api/v1/aid-money/by-sector?kind=DISBURSEMENT",
                team.focal().token(), null);
        assertThat(forFocal.statusCode()).isEqualTo(200);
        assertThat(jsonVndSum(json(forFocal))).isEqualByComparingTo(total);

        long ward = team.commune().id();
        BigDecimal wards = jdbc.sql("""
                select coalesce(sum(amount_vnd), 0) from aid.money_transaction t
                 where kind = 'DISBURSEMENT'
                   and exists (select 1 from aid.item_agency a where a.aid_item = t.aid_item and a.agency_id = :a)
                """).param("a", ward).query(BigDecimal.class).single();
        assertThat(wards).isLessThan(total);
        HttpResponse<String> forWard = WebClient.api(port, "GET", "/api/v1/aid-money/by-commune?kind=DISBURSEMENT",
                team.communeOfficer().token(), null);
        assertThat(jsonVndSum(json(forWard))).isEqualByComparingTo(wards);
    }

    private static BigDecimal jsonVndSum(JsonNode splits) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode split : splits) {
            sum = sum.add(split.path("vnd").path("amount").decimalValue());
        }
        return sum;
    }

    private static Map<String, BigDecimal> vnd(List<MoneySplit> splits) {
        return splits.stream().collect(Collectors.toMap(s -> String.valueOf(s.code()), s -> s.vnd().amount()));
    }

    private static BigDecimal vndSum(List<MoneySplit> splits) {
        return splits.stream().map(s -> s.vnd().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal usdSum(List<MoneySplit> splits) {
        return splits.stream().map(s -> s.usd().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
