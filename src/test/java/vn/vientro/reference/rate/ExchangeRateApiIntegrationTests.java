package vn.vientro.reference.rate;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.identity.Staff;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.Rates;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test writes a currency no other test uses: the database is shared by every test class. */
@VientroIntegrationTest
class ExchangeRateApiIntegrationTests {

    private static final String API = "/api/v1/exchange-rates";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ExchangeRates rates;

    @Test
    void anonymousCallersReadTheRatesFilteredNewestFirst() {
        Rates.demo("CLP", YearMonth.of(2025, 1), YearMonth.of(2025, 3), "27.5");
        HttpResponse<String> response = anonymous(API + "?currency=clp&from=2025-01-01&to=2025-02-28");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.body());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("rateDate").asString()).isEqualTo("2025-02-01");
        assertThat(list.get(0).get("currency").asString()).isEqualTo("CLP");
        assertThat(list.get(0).get("vndPerUnit").isString()).as("decimals as strings").isTrue();
        assertThat(list.get(0).get("demo").asBoolean()).isTrue();
    }

    @Test
    void convertAnswersWithTheRateItUsed() {
        Rates.demo("GBP", YearMonth.of(2025, 1), YearMonth.of(2025, 12), "33000.25");
        HttpResponse<String> response = anonymous(API + "/convert?amount=1000&currency=GBP&to=VND&date=2025-06-15");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("amount", "currency", "to", "result", "rateUsed",
                "rateDate", "source", "demo");
        String rate = rates.rateOn("GBP", java.time.LocalDate.of(2025, 6, 15)).orElseThrow().vndPerUnit()
                .stripTrailingZeros().toPlainString();
        assertThat(body.get("amount").asString()).isEqualTo("1000.00");
        assertThat(body.get("currency").asString()).isEqualTo("GBP");
        assertThat(body.get("to").asString()).isEqualTo("VND");
        assertThat(body.get("rateUsed").asString()).isEqualTo(rate);
        assertThat(body.get("result").asString())
                .isEqualTo(new java.math.BigDecimal(rate).multiply(java.math.BigDecimal.valueOf(1000))
                        .setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString());
        assertThat(body.get("rateDate").asString()).isEqualTo("2025-06-01");
        assertThat(body.get("source").asString()).isEqualTo("Dữ liệu minh họa — không phải tỷ giá chính thức");
        assertThat(body.get("demo").asBoolean()).isTrue();
    }

    @Test
    void convertToUsdRoundsToCents() {
        Rates.forAidMoney();
        HttpResponse<String> response = anonymous(API + "/convert?amount=1000000&currency=VND&to=USD&date="
                + Today.inProvince());

        assertThat(JSON.readTree(response.body()).get("result").asString()).matches("\\d+\\.\\d{2}");
    }

    @Test
    void aMissingRateAnswersConflictWithTheMessage() {
        HttpResponse<String> response = anonymous(API + "/convert?amount=5&currency=USD&to=VND&date=2019-12-31");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/exchange-rate-missing");
        assertThat(problem.get("title").asString()).isEqualTo("Chưa có tỷ giá");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Chưa có tỷ giá USD vào hoặc trước ngày 31/12/2019, nên chưa quy đổi được.");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("date");
    }

    @Test
    void invalidParametersAnswerBadRequestNamingEachField() {
        HttpResponse<String> response = anonymous(API + "/convert?amount=abc&currency=U1D&to=XYZ&date=2025-13-01");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/validation");
        assertThat(problem.get("errors").findValuesAsString("field")).as(response.body())
                .containsExactlyInAnyOrder("amount", "currency", "to", "date");

        HttpResponse<String> currencies = anonymous(API + "/convert?amount=1&currency=U1D&to=XYZ&date=2025-01-01");
        assertThat(currencies.statusCode()).as(currencies.body()).isEqualTo(400);

        HttpResponse<String> missing = anonymous(API + "/convert?currency=USD");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Nhập số tiền cần quy đổi.").contains("Nhập ngày áp dụng.");
    }

    @Test
    void administratorsWriteThroughTheApiAndOthersCannot() {
        String body = "{\"currency\":\"ZAR\",\"rateDate\":\"2025-09-01\",\"vndPerUnit\":1450.25,\"source\":\"SARB\"}";

        assertThat(WebClient.api(port, "POST", API, null, body).statusCode()).as("anonymous").isIn(401, 403);
        String admin = Staff.admin().token();
        assertThat(WebClient.api(port, "POST", API, Staff.focalPoint().token(), body).statusCode()).isEqualTo(403);
        HttpResponse<String> created = WebClient.api(port, "POST", API, admin, body);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode rate = JSON.readTree(created.body());
        assertThat(rate.get("vndPerUnit").asString()).isEqualTo("1450.25");
        assertThat(rate.get("demo").asBoolean()).isFalse();

        String id = rate.get("id").asString();
        String stale = "{\"version\":99,\"currency\":\"ZAR\",\"rateDate\":\"2025-09-01\",\"vndPerUnit\":1,\"source\":\"x\"}";
        assertThat(WebClient.api(port, "PUT", API + "/" + id, Staff.leader().token(), stale).statusCode())
                .isEqualTo(403);
        HttpResponse<String> conflict = WebClient.api(port, "PUT", API + "/" + id, admin, stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("/problems/stale-version");
        assertThat(WebClient.api(port, "DELETE", API + "/" + id + "?version=0", Staff.officer().token(), null)
                .statusCode())
                .isEqualTo(403);
        assertThat(WebClient.api(port, "DELETE", API + "/" + id + "?version=0", admin, null).statusCode())
                .isEqualTo(204);
    }

    @Test
    void refusesARateDatedAfterTodayAtItsDate() {
        String admin = Staff.admin().token();
        HttpResponse<String> foretold = WebClient.api(port, "POST", API, admin,
                "{\"currency\":\"ZAR\",\"rateDate\":\"2099-01-01\",\"vndPerUnit\":1450.25,\"source\":\"SARB\"}");

        assertThat(foretold.statusCode()).as(foretold.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(foretold.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("rateDate");
        assertThat(error.get("message").asString()).contains("sau hôm nay");
        assertThat(WebClient.api(port, "GET", API + "?currency=ZAR&from=2099-01-01", admin, null).body())
                .doesNotContain("2099-01-01");

        HttpResponse<String> today = WebClient.api(port, "POST", API, admin, "{\"currency\":\"NAD\",\"rateDate\":\""
                + Today.inProvince() + "\",\"vndPerUnit\":1450.25,\"source\":\"SARB\"}");
        assertThat(today.statusCode()).as(today.body()).isEqualTo(201);
    }

    @Test
    void refusesAnInvalidRateWithBadRequest() {
        HttpResponse<String> response = WebClient.api(port, "POST", API, Staff.admin().token(),
                "{\"currency\":\"ZZ\",\"rateDate\":\"2025-09-01\",\"vndPerUnit\":-1,\"source\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("currency", "vndPerUnit", "source");
    }

    private HttpResponse<String> anonymous(String path) {
        return WebClient.api(port, "GET", path, null, null);
    }
}
