package vn.vientro.mobilisation.need;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.Needs;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue over the API: the same rules as the pages, problems as RFC 9457 with stable types. */
@VientroIntegrationTest
class NeedApiIntegrationTests {

    private static final String NEED = """
            {"titleVi":"Trạm bơm tưới tiêu xã Tam Hợp","summaryVi":"Xây trạm bơm và kênh dẫn.",
             "objectivesVi":"Tưới cho 120 ha lúa.","priorityField":"2.3","sectors":["31140"],"communes":["%s"],
             "beneficiariesTotal":2400,"poorHouseholds":180,"women":1250,"estimatedCost":6200000000,
             "counterpart":620000000,"durationMonths":18,"contactName":"Trần Quốc Bảo",
             "contactEmail":"bao.tq@example.org"}""";

    @LocalServerPort
    int port;

    @Test
    void proposesUpdatesAndTakesANeedThroughItsStepsWithProblemsForWhatIsRefused() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        HttpResponse<String> created = call("POST", "/api/v1/catalogue-needs", officer,
                NEED.formatted(Needs.commune()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode need = AidFixtures.read(created.body());
        long id = need.path("id").asLong();
        assertThat(need.path("status").asString()).isEqualTo("DRAFT");
        assertThat(need.path("agencyId").asLong()).isEqualTo(officer.agencyId());
        assertThat(need.path("beneficiaries").path("poorHouseholds").asInt()).isEqualTo(180);
        assertThat(need.path("translations").path("percent").asInt()).isZero();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/catalogue-needs/" + id);

        String path = "/api/v1/catalogue-needs/" + id;
        HttpResponse<String> stale = call("PUT", path, officer, NEED.formatted(Needs.commune())
                .replace("{", "{\"version\":7,"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("/problems/stale-version");
        HttpResponse<String> updated = call("PUT", path, officer, NEED.formatted(Needs.commune())
                .replace("{", "{\"version\":0,\"titleEn\":\"Tam Hop irrigation pumping station\","));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(AidFixtures.read(updated.body()).path("translations").path("percent").asInt()).isEqualTo(33);

        assertThat(call("GET", path + "/transitions", officer, null).body()).isEqualTo("[\"submit\",\"withdraw\"]");
        assertThat(call("POST", path + "/transitions/submit", officer, "{\"version\":1}").statusCode())
                .isEqualTo(200);
        Staff appraiser = Staff.appraiser();
        HttpResponse<String> noEnglish = call("POST", path + "/transitions/accept", appraiser, "{\"version\":2}");
        assertThat(noEnglish.statusCode()).isEqualTo(409);
        assertThat(noEnglish.body()).contains("/problems/translation-missing");
        HttpResponse<String> noReason = call("POST", path + "/transitions/return", appraiser, "{\"version\":2}");
        assertThat(noReason.statusCode()).isEqualTo(409);
        assertThat(noReason.body()).contains("/problems/need-transition-refused").contains("\"reason\"");
        HttpResponse<String> illegal = call("POST", path + "/transitions/resubmit", officer, "{\"version\":2}");
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(illegal.body()).contains("/problems/need-transition-refused");
        assertThat(call("POST", path + "/transitions/teleport", officer, "{\"version\":2}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> returned = call("POST", path + "/transitions/return", appraiser,
                "{\"version\":2,\"reason\":\"Bổ sung bản tiếng Anh.\"}");
        assertThat(returned.body()).contains("\"status\":\"RETURNED\"");
        HttpResponse<String> timeline = call("GET", path + "/timeline", officer, null);
        assertThat(timeline.body()).contains("\"action\":\"RETURN\"").contains("Bổ sung bản tiếng Anh.")
                .contains(appraiser.username());
    }

    @Test
    void refusesAnInvalidNeedWithAProblemNamingTheFields() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        HttpResponse<String> missing = call("POST", "/api/v1/catalogue-needs", officer, "{\"titleEn\":\"Only\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(missing.body()).contains("titleVi").contains("estimatedCost").contains("contactName");
        HttpResponse<String> unknown = call("POST", "/api/v1/catalogue-needs", officer,
                NEED.formatted("00000").replace("31140", "99999"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"sectors\"");
    }

    private HttpResponse<String> call(String method, String path, Staff who, String json) {
        return WebClient.api(port, method, path, who.token(), json);
    }
}
