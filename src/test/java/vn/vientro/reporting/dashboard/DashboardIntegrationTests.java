package vn.vientro.reporting.dashboard;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.money.MoneyFixtures.today;

/**
 * The dashboard's and the statistics API's figures against hand-computed ones: one approved item of a donor of the
 * test's own, with euro money at a stated rate and đồng, so every figure filtered to that donor is exact. Both read
 * through the same service, narrowed to what the reader may read.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIntegrationTests {

    static final String EUR_AT_27000_5 = ", \"statedRate\": 27000.5, \"statedRateDate\": \"%s\", "
            + "\"statedRateSource\": \"Giấy báo có số 15/VCB\"";

    @LocalServerPort
    int port;

    final AidTeam team = new AidTeam();
    long item;
    String donorQuery;

    @BeforeAll
    void anApprovedItemWithMixedCurrencies() {
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        item = items.itemIn(AidStatus.APPROVED);
        String token = team.officer().token();
        String eur = EUR_AT_27000_5.formatted(today());
        created(items.post(item, token, "COMMITMENT", today(), "2000", "EUR", eur));
        created(items.post(item, token, "DISBURSEMENT", today(), "1000", "EUR", eur));
        created(items.post(item, token, "DISBURSEMENT", today(), "1000001", "VND", ""));
        created(items.post(item, token, "EXPENDITURE", today(), "500000", "VND", ""));
        donorQuery = "period=" + today().getYear() + "&organisation=" + team.donor().id();
    }

    @Test
    void summaryAddsMixedCurrenciesAtEachTransactionsRateAndStatesTheRates() {
        JsonNode summary = api(team.focal(), "/api/v1/statistics/summary?" + donorQuery);

        assertThat(summary.path("items").asLong()).isEqualTo(1);
        // 2,000 EUR at 27,000.5 = 54,001,000 đồng; 1,000 EUR + 1,000,001 đồng = 28,000,501 đồng
        assertThat(summary.path("committedVnd").decimalValue()).isEqualByComparingTo("54001000");
        assertThat(summary.path("disbursedVnd").decimalValue()).isEqualByComparingTo("28000501");
        assertThat(summary.path("spentVnd").decimalValue()).isEqualByComparingTo("500000");
        assertThat(summary.path("disbursementRate").decimalValue()).isEqualByComparingTo("51.9");
        assertThat(summary.path("approvals").asLong()).isEqualTo(1);
        assertThat(summary.path("activeDonors").asLong()).isEqualTo(1);
        assertThat(summary.path("papersExpiring").isNumber()).as("the focal point reads papers").isTrue();
        assertThat(summary.path("rates")).singleElement().satisfies(rate -> {
            assertThat(rate.path("currency").asString()).isEqualTo("EUR");
            assertThat(rate.path("transactions").asLong()).isEqualTo(2);
            assertThat(rate.path("statedRates").asLong()).isEqualTo(2);
        });
    }

    @Test
    void breakdownSplitsTheItemOverItsSectorsOnceAndNamesThem() {
        JsonNode rows = api(team.leader(), "/api/v1/statistics/breakdown?by=SECTOR&" + donorQuery);

        assertThat(rows).hasSize(3);
        // 33.33 %, 33.33 % and 33.34 % of 28,000,501 đồng, the đồng left by the floors to the largest remainder
        assertThat(rows.valueStream().map(row -> row.path("disbursedVnd").decimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo("28000501");
        assertThat(rows.get(0).path("keys").get(0).asString()).isEqualTo("12220");
        assertThat(rows.get(0).path("names").get(0).asString()).isNotBlank().isNotEqualTo("12220");
        HttpResponse<String> wrong = WebClient.api(port, "GET", "/api/v1/statistics/breakdown?by=PLANET",
                team.leader().token(), null);
        assertThat(wrong.statusCode()).isEqualTo(400);
    }

    @Test
    void filtersNarrowTheFigures() {
        assertThat(items("&kind=TECHNICAL_ASSISTANCE")).isEqualTo(1);
        assertThat(items("&kind=PROGRAMME")).isZero();
        assertThat(items("&status=APPROVED")).isEqualTo(1);
        assertThat(items("&status=CLOSED")).isZero();
        assertThat(items("&country=US")).isEqualTo(1);
        assertThat(items("&country=FR")).as("the donor is American").isZero();
        assertThat(items("&sector=122")).isEqualTo(1);
        assertThat(items("&sector=151")).isZero();
        JsonNode lastYear = api(team.focal(), "/api/v1/statistics/summary?organisation=" + team.donor().id()
                + "&from=" + today().minusYears(1).getYear() + "-01&to=" + today().minusYears(1).getYear() + "-12");
        assertThat(lastYear.path("items").asLong()).isZero();
        assertThat(lastYear.path("period").asString()).contains("_");
    }

    @Test
    void anOfficerSeesOnlyTheirAgencysAidOnThePageAndThroughTheApi() {
        Staff stranger = Staff.officerOf(team.otherDepartment().id());
        assertThat(api(team.officer(), "/api/v1/statistics/summary?" + donorQuery).path("items").asLong())
                .isEqualTo(1);
        assertThat(api(stranger, "/api/v1/statistics/summary?" + donorQuery).path("items").asLong()).isZero();
        assertThat(api(stranger, "/api/v1/statistics/summary?" + donorQuery).path("papersExpiring").isNumber())
                .as("an officer reads no registration papers").isFalse();

        String own = page(team.officer(), "/app/reporting/dashboard?" + donorQuery);
        assertThat(figure(own, "figure-items")).isEqualTo("1");
        String other = page(stranger, "/app/reporting/dashboard?" + donorQuery);
        assertThat(figure(other, "figure-items")).isEqualTo("0");
    }

    @Test
    void eachChartHasItsTableWithLinksToTheFilteredAidList() {
        String html = page(team.leader(), "/app/reporting/dashboard?" + donorQuery);

        assertThat(html).contains("id=\"chart-by-year-table\"", "id=\"chart-by-field-table\"",
                "id=\"chart-by-country-table\"", "id=\"chart-top-organisations-table\"", "id=\"chart-pipeline-table\"",
                "data-chart=");
        assertThat(html).contains("/app/aid/items?donor=" + team.donor().id() + "&amp;year=" + today().getYear());
        assertThat(html).contains("/app/aid/items?donor=" + team.donor().id() + "\"");
        assertThat(html).contains("54.001.000");
        assertThat(html).contains("id=\"rates-used\"", "EUR");
    }

    @Test
    void aChartsTableDownloadsAsCsv() {
        HttpResponse<String> csv = team.focal().browser(port)
                .get("/app/reporting/dashboard/top-organisations.csv?" + donorQuery);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF").contains("Cam kết (VND)");
        assertThat(csv.body().lines()).hasSize(2);
        assertThat(csv.body().lines().skip(1).findFirst().orElseThrow())
                .startsWith(team.donor().id() + ",").contains(",1,54001000,").contains(",28000501,");
        assertThat(team.focal().browser(port).get("/app/reporting/dashboard/nothing.csv").statusCode())
                .isEqualTo(404);
    }

    @Test
    void leadersAndTheFocalPointSeeTheDashboardOnTheirHomePage() {
        assertThat(team.leader().browser(port).get("/app").body()).contains("id=\"dashboard\"", "Xin chào");
        assertThat(team.focal().browser(port).get("/app").body()).contains("id=\"dashboard\"");
        assertThat(team.officer().browser(port).get("/app").body()).doesNotContain("id=\"dashboard\"");
        assertThat(team.officer().browser(port).get("/app/reporting/dashboard").statusCode()).isEqualTo(200);
    }

    private long items(String filter) {
        return api(team.focal(), "/api/v1/statistics/summary?" + donorQuery + filter).path("items").asLong();
    }

    private JsonNode api(Staff who, String path) {
        HttpResponse<String> response = WebClient.api(port, "GET", path, who.token(), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return MoneyFixtures.JSON.readTree(response.body());
    }

    private String page(Staff who, String path) {
        HttpResponse<String> response = who.browser(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The text of a headline figure's link or value. */
    private static String figure(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).isPositive();
        String rest = html.substring(at);
        java.util.regex.Matcher number = java.util.regex.Pattern.compile(">\\s*([0-9.]+)\\s*<").matcher(rest);
        assertThat(number.find()).isTrue();
        return number.group(1);
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
