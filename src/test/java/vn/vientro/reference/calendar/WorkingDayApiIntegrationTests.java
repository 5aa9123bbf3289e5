package vn.vientro.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/** The calendar API is public reference data: every call here is anonymous unless it says otherwise. */
@VientroIntegrationTest
class WorkingDayApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void addsOneWorkingDayOverTetWithoutSigningIn() {
        HttpResponse<String> response = get("/api/v1/working-days/add?from=2026-02-13&days=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"date\":\"2026-02-23\"}");
    }

    @Test
    void countsWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
        assertThat(get("/api/v1/working-days/count?from=2026-02-10&to=2026-03-03").body()).isEqualTo("{\"days\":10}");
        assertThat(get("/api/v1/working-days/count?from=2026-03-03&to=2026-02-10").body()).isEqualTo("{\"days\":0}");
    }

    @Test
    void checksADayAndSaysWhy() {
        JsonNode tet = json(get("/api/v1/working-days/check?date=2026-02-17"));
        JsonNode compensatory = json(get("/api/v1/working-days/check?date=2026-04-27"));
        JsonNode weekday = json(get("/api/v1/working-days/check?date=2026-04-28"));

        assertThat(tet.get("workingDay").asBoolean()).isFalse();
        assertThat(tet.get("reason").asString()).isEqualTo("HOLIDAY");
        assertThat(tet.get("name").asString()).isEqualTo("Tết Nguyên đán");
        assertThat(compensatory.get("reason").asString()).isEqualTo("COMPENSATORY_DAY_OFF");
        assertThat(weekday.get("workingDay").asBoolean()).isTrue();
        assertThat(weekday.get("reason").asString()).isEqualTo("WORKDAY");
    }

    @Test
    void listsTheDaysOffOfAYearWithNamesAndLegalSources() {
        JsonNode holidays = json(get("/api/v1/holidays?year=2026"));

        assertThat(holidays.size()).isEqualTo(12);
        assertThat(holidays.get(0).get("date").asString()).isEqualTo("2026-01-01");
        assertThat(holidays.get(0).get("name").asString()).isEqualTo("Tết Dương lịch");
        assertThat(holidays.get(0).get("nameEn").asString()).isEqualTo("New Year's Day");
        assertThat(holidays.get(0).get("source").asString()).isEqualTo("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a");
        assertThat(holidays.get(7).get("date").asString()).isEqualTo("2026-04-27");
        assertThat(holidays.get(7).get("compensatory").asBoolean()).isTrue();
    }

    @Test
    void answersSignedInApiClientsToo() {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/working-days/add?from=2026-02-13&days=0",
                Staff.focalPoint().token(), null);

        assertThat(response.body()).isEqualTo("{\"date\":\"2026-02-13\"}");
    }

    @Test
    void refusesBadInputWithAFieldError() {
        assertFieldError("/api/v1/working-days/add?days=1", "from");
        assertFieldError("/api/v1/working-days/add?from=2026-02-30&days=1", "from");
        assertFieldError("/api/v1/working-days/add?from=2026-02-13&days=-1", "days");
        assertFieldError("/api/v1/working-days/add?from=2026-02-13&days=3651", "days");
        assertFieldError("/api/v1/working-days/add?from=2026-02-13&days=many", "days");
        assertFieldError("/api/v1/working-days/add?from=2100-12-30&days=10", "days");
        assertFieldError("/api/v1/working-days/count?from=1899-12-31&to=2026-01-01", "from");
        assertFieldError("/api/v1/working-days/check", "date");
        assertFieldError("/api/v1/holidays?year=1899", "year");
        assertFieldError("/api/v1/holidays?year=2101", "year");
        assertFieldError("/api/v1/holidays", "year");
    }

    @Test
    void explainsBadInputInTheCallersLanguage() {
        HttpResponse<String> english = WebClient.api(port, "GET", "/api/v1/holidays?year=2101&lang=en", null, null);

        assertThat(json(english).get("errors").get(0).get("message").asString())
                .isEqualTo("The year must be between 1900 and 2100.");
    }

    @Test
    void isDocumentedWithItsQueryParameters() {
        JsonNode docs = JSON.readTree(Staff.focalPoint().browser(port).get("/v3/api-docs").body());
        JsonNode add = docs.get("paths").get("/api/v1/working-days/add").get("get");

        assertThat(add.get("tags").get(0).asString()).isEqualTo("reference");
        assertThat(add.get("parameters").findValuesAsString("name")).containsExactlyInAnyOrder("from", "days");
        assertThat(docs.get("paths").has("/api/v1/holidays")).isTrue();
    }

    private void assertFieldError(String path, String field) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).as(path).get().asString()
                .contains("application/problem+json");
        JsonNode errors = json(response).get("errors");
        assertThat(errors).as(path + " " + response.body()).isNotNull();
        assertThat(errors.get(0).get("field").asString()).as(path).isEqualTo(field);
        assertThat(errors.get(0).get("message").asString()).as(path).isNotBlank();
    }

    private HttpResponse<String> get(String path) {
        return WebClient.api(port, "GET", path, null, null);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
