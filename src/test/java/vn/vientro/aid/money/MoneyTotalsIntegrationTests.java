package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.shared.Money;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.vientro.aid.money.MoneyFixtures.json;
import static vn.vientro.aid.money.MoneyFixtures.today;

/** Conversions, totals in mixed currencies, counterpart funds, versions and who may record, over the API. */
@VientroIntegrationTest
class MoneyTotalsIntegrationTests {

    static final AidTeam team = new AidTeam();
    final vn.vientro.aid.AidFixtures aidFixtures = new vn.vientro.aid.AidFixtures(team);

    @LocalServerPort
    int port;
    @Autowired
    ExchangeRates rates;
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
    void sumsMixedCurrenciesOnlyPerCurrencyAndAsVndAndUsdEquivalents() {
        long id = items.itemIn(AidStatus.APPROVED);
        List<Money> commitments = List.of(Money.of("50000", "USD"), Money.of("20000", "EUR"),
                Money.of("500000000", "VND"));
        List<Money> disbursements = List.of(Money.of("10000", "USD"), Money.of("5000", "EUR"));
        commitments.forEach(m -> created(items.post(id, team.officer().token(), "COMMITMENT", today(),
                m.amount().toPlainString(), m.currency().getCurrencyCode(), "")));
        disbursements.forEach(m -> created(items.post(id, team.appraiser().token(), "DISBURSEMENT", today(),
                m.amount().toPlainString(), m.currency().getCurrencyCode(), "")));

        JsonNode totals = items.money(id, team.officer().token()).path("totals");
        JsonNode committed = line(totals, "COMMITMENT", "AID");
        List<String> perCurrency = new ArrayList<>();
        committed.path("byCurrency").forEach(m -> perCurrency.add(m.path("amount").decimalValue().toPlainString()
                + " " + m.path("currency").asString()));
        assertThat(perCurrency).as("never added across currencies")
                .containsExactly("20000.00 EUR", "50000.00 USD", "500000000 VND");
        BigDecimal committedVnd = sum(commitments, Money.VND);
        BigDecimal disbursedVnd = sum(disbursements, Money.VND);
        assertThat(committed.path("vnd").path("amount").decimalValue()).isEqualByComparingTo(committedVnd);
        assertThat(committed.path("usd").path("amount").decimalValue()).isEqualByComparingTo(sum(commitments, Money.USD));
        assertThat(totals.path("committedVnd").path("amount").decimalValue()).isEqualByComparingTo(committedVnd);
        assertThat(totals.path("disbursedVnd").path("amount").decimalValue()).isEqualByComparingTo(disbursedVnd);
        assertThat(totals.path("rateBase").asString()).isEqualTo("COMMITMENTS");
        assertThat(totals.path("disbursementRate").decimalValue())
                .isEqualByComparingTo(disbursedVnd.divide(committedVnd, 6, RoundingMode.HALF_EVEN));

        JsonNode euro = transactions(id).stream().filter(t -> t.path("currency").asString().equals("EUR")).findFirst()
                .orElseThrow();
        assertThat(euro.path("rateToVnd").decimalValue())
                .isEqualByComparingTo(rates.rateOn("EUR", today()).orElseThrow().vndPerUnit());
        assertThat(euro.path("demoRate").asBoolean()).as("the table's rates are official here").isFalse();
        assertThat(euro.path("rateStated").asBoolean()).isFalse();
    }

    @Test
    void aStatedRateOverridesTheTableAndCarriesUsdThroughTheTablesUsdRateOnItsDate() {
        long id = items.itemIn(AidStatus.IMPLEMENTING);
        LocalDate advised = today().minusDays(40);
        JsonNode t = created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "EUR", """
                , "statedRate": 27000.5, "statedRateDate": "%s", "statedRateSource": "Giấy báo có số 15/VCB"
                """.formatted(advised)));
        assertThat(t.path("amountVnd").decimalValue()).isEqualByComparingTo("27000500");
        assertThat(t.path("rateToVnd").decimalValue()).isEqualByComparingTo("27000.5");
        assertThat(t.path("rateStated").asBoolean()).isTrue();
        assertThat(t.path("rateDate").asString()).isEqualTo(advised.toString());
        assertThat(t.path("rateSource").asString()).startsWith("Giấy báo có số 15/VCB").contains("USD");
        BigDecimal usdRate = rates.rateOn("USD", advised).orElseThrow().vndPerUnit();
        assertThat(t.path("amountUsd").decimalValue())
                .isCloseTo(new BigDecimal("27000500").divide(usdRate, 2, RoundingMode.HALF_EVEN), within(new BigDecimal("0.01")));
        assertThat(t.path("rateToUsd").decimalValue().multiply(usdRate))
                .isCloseTo(new BigDecimal("27000.5"), within(new BigDecimal("0.000001")));
        BigDecimal byTable = rates.convert(Money.of("1000", "EUR"), Money.VND, today()).result().amount();
        assertThat(byTable).as("the table would have given another figure").isNotEqualByComparingTo("27000500");
    }

    @Test
    void aMissingRateOrAnIncompleteStatedRateIsAnErrorAtItsField() {
        long id = items.itemIn(AidStatus.APPROVED);
        HttpResponse<String> baht = items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "THB", "");
        assertThat(baht.statusCode()).isEqualTo(409);
        assertThat(field(baht)).isEqualTo("valueDate");
        assertThat(json(baht).path("detail").asString()).contains("THB");

        assertThat(field(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "EUR",
                ", \"statedRate\": 27000"))).as("no source").isEqualTo("statedRateSource");
        assertThat(field(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "VND",
                ", \"statedRate\": 2, \"statedRateSource\": \"x\""))).as("VND needs no rate").isEqualTo("statedRate");
        assertThat(field(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "10.005", "USD", "")))
                .isEqualTo("amount");
        assertThat(field(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "100.5", "VND", "")))
                .isEqualTo("amount");
        assertThat(field(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "-5", "USD", "")))
                .isEqualTo("amount");
        assertThat(field(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "5", "XYZ", "")))
                .isEqualTo("currency");
        assertThat(transactions(id)).isEmpty();
    }

    @Test
    void amountsTravelAsExactDecimals() {
        long id = items.itemIn(AidStatus.APPROVED);
        JsonNode t = created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1234567.89", "USD", ""));
        assertThat(t.path("amount").decimalValue()).isEqualTo(new BigDecimal("1234567.89"));
        BigDecimal rate = rates.rateOn("USD", today()).orElseThrow().vndPerUnit();
        assertThat(t.path("amountVnd").decimalValue()).isEqualByComparingTo(new BigDecimal("1234567.89")
                .multiply(rate).setScale(0, RoundingMode.HALF_EVEN));
        assertThat(jdbc.sql("select amount from aid.money_transaction where id = :id")
                .param("id", t.path("id").asLong()).query(BigDecimal.class).single()).isEqualTo(new BigDecimal("1234567.89"));
    }

    @Test
    void withoutCommitmentsTheRateIsMeasuredAgainstTheItemsTotalValue() {
        long id = items.itemIn(AidStatus.APPROVED);
        created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "25000", "USD", ""));
        MoneyTotals totals = queries.totals(id);
        assertThat(totals.rateBase()).isEqualTo(MoneyTotals.RateBase.TOTAL_VALUE);
        assertThat(totals.disbursementRate()).isCloseTo(new BigDecimal("0.25"), within(new BigDecimal("0.000001")));
        assertThat(totals.disbursementPercent()).isEqualByComparingTo("25.0");
    }

    @Test
    void counterpartProvidedIsTheLargerOfWhatWasPutInAndWhatWasUsedNeverTheirSum() {
        long id = items.draft("100000", "USD", """
                , "counterpartAmount": 200000000, "counterpartCurrency": "VND", "counterpartForm": "CASH"
                """);
        items.moveTo(id, AidStatus.IMPLEMENTING);
        String counterpart = ", \"funding\": \"COUNTERPART\"";
        created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "150000000", "VND", counterpart));
        created(items.post(id, team.officer().token(), "EXPENDITURE", today(), "100000000", "VND", counterpart));
        MoneyTotals totals = queries.totals(id);
        assertThat(totals.counterpart().planned()).isEqualTo(Money.of("200000000", "VND"));
        assertThat(totals.counterpart().providedVnd()).isEqualTo(Money.of("150000000", "VND"));
        assertThat(totals.disbursedVnd().amount()).as("counterpart is not aid").isZero();

        created(items.post(id, team.officer().token(), "EXPENDITURE", today(), "80000000", "VND", counterpart + """
                , "description": "Ngày công của người dân (hiện vật)"
                """));
        totals = queries.totals(id);
        assertThat(totals.counterpart().spentVnd()).isEqualTo(Money.of("180000000", "VND"));
        assertThat(totals.counterpart().providedVnd()).isEqualTo(Money.of("180000000", "VND"));
    }

    @Test
    void correctionsAndDeletionsKeepTheTotalsInStep() {
        long id = items.itemIn(AidStatus.IMPLEMENTING);
        long a = created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "USD", ""))
                .path("id").asLong();
        long b = created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "2000", "EUR", ""))
                .path("id").asLong();
        put(id, a, 0, "EXPENDITURE", "1500", "USD", 200);
        assertTotalsMatchTransactions(id);
        assertThat(queries.totals(id).byCurrency(MoneyKind.DISBURSEMENT, Funding.AID))
                .containsExactly(Money.of("2000", "EUR"));
        assertThat(queries.totals(id).byCurrency(MoneyKind.EXPENDITURE, Funding.AID))
                .containsExactly(Money.of("1500", "USD"));
        assertThat(WebClient.api(port, "DELETE", path(id, b) + "?version=0", team.officer().token(), null).statusCode())
                .isEqualTo(204);
        assertTotalsMatchTransactions(id);
        assertThat(queries.totals(id).line(MoneyKind.DISBURSEMENT, Funding.AID)).isNull();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        long id = items.itemIn(AidStatus.APPROVED);
        long t = created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "USD", ""))
                .path("id").asLong();
        put(id, t, 0, "DISBURSEMENT", "1100", "USD", 200);
        HttpResponse<String> stale = put(id, t, 0, "DISBURSEMENT", "1200", "USD", 409);
        assertThat(json(stale).path("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(WebClient.api(port, "DELETE", path(id, t) + "?version=0", team.officer().token(), null).statusCode())
                .isEqualTo(409);
        assertThat(transactions(id)).singleElement()
                .satisfies(row -> assertThat(row.path("amount").decimalValue()).isEqualByComparingTo("1100"));
        assertThat(WebClient.api(port, "DELETE", path(id, t) + "?version=1", team.officer().token(), null).statusCode())
                .isEqualTo(204);
    }

    @Test
    void onlyTheOwnersOfficersTheFocalPointAndFinanceRecordMoney() {
        long ward = team.commune().id();
        long partnered = items.draft("100000", "USD", """
                , "parties": [{"role": "LOCAL_PARTNER", "agencyId": %d, "name": "UBND phường Vĩnh Phúc"}]
                """.formatted(ward));
        items.moveTo(partnered, AidStatus.APPROVED);
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + partnered + "/transactions",
                team.communeOfficer().token(), null)
                .statusCode()).as("a partner reads").isEqualTo(200);
        for (String token : List.of(team.communeOfficer().token(), team.police().token(), team.leader().token())) {
            assertThat(items.post(partnered, token, "DISBURSEMENT", today(), "10", "USD", "").statusCode())
                    .as(token).isEqualTo(403);
        }
        assertThat(team.communeOfficer().browser(port).get("/app/aid/items/" + partnered + "?tab=money").body())
                .doesNotContain("name=\"amount\"");
        created(items.post(partnered, team.focal().token(), "DISBURSEMENT", today(), "10", "USD", ""));

        long other = items.itemIn(AidStatus.APPROVED);
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + other + "/transactions", team.communeOfficer().token(), null)
                .statusCode()).as("another agency's item").isEqualTo(403);
        assertThat(items.post(other, team.communeOfficer().token(), "DISBURSEMENT", today(), "10", "USD", "")
                .statusCode())
                .isEqualTo(403);
        assertThat(team.communeOfficer().browser(port).post("/app/aid/items/" + other + "/money",
                java.util.Map.of("kind", "DISBURSEMENT")).statusCode()).isEqualTo(403);
    }

    private void assertTotalsMatchTransactions(long id) {
        List<String> byTrigger = jdbc.sql("""
                select kind || ' ' || funding || ' ' || currency || ' ' || value_year || ' ' || amount || ' '
                       || amount_vnd || ' ' || amount_usd || ' ' || transactions
                  from aid.money_total where aid_item = :id order by 1
                """).param("id", id).query(String.class).list();
        List<String> fromRows = jdbc.sql("""
                select kind || ' ' || funding || ' ' || currency || ' ' || extract(year from value_date)::integer
                       || ' ' || sum(amount) || ' ' || sum(amount_vnd) || ' ' || sum(amount_usd) || ' ' || count(*)
                  from aid.money_transaction where aid_item = :id
                 group by kind, funding, currency, extract(year from value_date) order by 1
                """).param("id", id).query(String.class).list();
        assertThat(byTrigger).isEqualTo(fromRows);
    }

    private HttpResponse<String> put(long id, long t, long version, String kind, String amount, String currency,
                                     int expected) {
        HttpResponse<String> response = WebClient.api(port, "PUT", path(id, t), team.officer().token(), """
                {"version": %d, "kind": "%s", "valueDate": "%s", "amount": %s, "currency": "%s"}
                """.formatted(version, kind, today(), amount, currency));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response;
    }

    private static String path(long id, long t) {
        return "/api/v1/aid-items/" + id + "/transactions/" + t;
    }

    private List<JsonNode> transactions(long id) {
        List<JsonNode> list = new ArrayList<>();
        items.money(id, team.focal().token()).path("transactions").forEach(list::add);
        return list;
    }

    private BigDecimal sum(List<Money> amounts, java.util.Currency target) {
        return amounts.stream().map(m -> rates.convert(m, target, today()).result().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static JsonNode line(JsonNode totals, String kind, String funding) {
        for (JsonNode line : totals.path("lines")) {
            if (line.path("kind").asString().equals(kind) && line.path("funding").asString().equals(funding)) {
                return line;
            }
        }
        throw new AssertionError("no line " + kind + " " + funding + " in " + totals);
    }

    private static String field(HttpResponse<String> response) {
        return json(response).path("errors").get(0).path("field").asString();
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .matches(".*/api/v1/aid-items/\\d+/transactions/\\d+"));
        return json(response);
    }
}
