package vn.vientro.mobilisation.plan;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Yearly plans over the API: the same roles and rules as the pages, problems as RFC 9457 with fields. */
@VientroIntegrationTest
class PlanApiIntegrationTests {

    private static final String PLAN = """
            {"year":%d,"title":"Kế hoạch vận động viện trợ PCPNN năm %1$d","objectives":"Mở rộng quan hệ.",
             "programmeTitle":"Kế hoạch vận động giai đoạn 2026–2030","programmeStartYear":2026,
             "programmeEndYear":2030,"programmeDecisionNumber":"12/KH-UBND","programmeDecisionDate":"2026-02-10"}""";
    private static final String ACTIVITY = """
            {"type":"STUDY_TOUR","title":"Học tập kinh nghiệm tại Đồng Tháp","months":[9,7],"leadAgencyId":%d,
             "participatingAgencies":[%d],"budgetPlanned":40000000,"budgetSpent":%s,
             "fundingSource":"Kinh phí đối ngoại","status":"%s"}""";

    @LocalServerPort
    int port;

    @Test
    void writesAPlanAndItsActivitiesAndReadsThemBackWithProgressAndBudget() {
        Staff focal = Staff.focalPoint();
        int year = Today.inProvince().getYear();
        HttpResponse<String> created = call("POST", "/api/v1/mobilisation-plans", focal, PLAN.formatted(year));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = AidFixtures.read(created.body()).path("id").asLong();
        String path = "/api/v1/mobilisation-plans/" + plan;
        assertThat(created.headers().firstValue("Location")).hasValue(path);

        long lead = ProvinceAgencies.committeeOffice().id();
        long health = ProvinceAgencies.newLineDepartment().id();
        HttpResponse<String> added = call("POST", path + "/activities", focal,
                ACTIVITY.formatted(lead, health, "null", "NOT_STARTED"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode activity = AidFixtures.read(added.body());
        assertThat(activity.path("months").toString()).isEqualTo("[7,9]");
        String activityPath = path + "/activities/" + activity.path("id").asLong();

        HttpResponse<String> updated = call("PUT", activityPath, focal, ACTIVITY.formatted(lead, health, "38500000",
                "DONE").replace("{", "{\"version\":0,\"outcome\":\"Đoàn 8 người.\","));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        HttpResponse<String> stale = call("PUT", activityPath, focal, ACTIVITY.formatted(lead, health, "1",
                "DONE").replace("{", "{\"version\":0,"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("/problems/stale-version");

        JsonNode detail = AidFixtures.read(call("GET", path, focal, null).body());
        assertThat(detail.path("plan").path("programmeDecisionNumber").asString()).isEqualTo("12/KH-UBND");
        assertThat(detail.path("activities").get(0).path("outcome").asString()).isEqualTo("Đoàn 8 người.");
        assertThat(detail.path("progress").path("done").asLong()).isEqualTo(1);
        assertThat(detail.path("budget").get(0).path("type").asString()).isEqualTo("STUDY_TOUR");
        assertThat(detail.path("budget").get(0).path("spent").decimalValue()).isEqualByComparingTo("38500000");

        HttpResponse<String> officers = call("GET", "/api/v1/mobilisation-plans", Staff.officerOf(health), null);
        assertThat(officers.body()).contains("\"id\":" + plan);
        assertThat(call("GET", activityPath, Staff.officerOf(health), null).statusCode()).isEqualTo(200);
        assertThat(call("GET", path, Staff.officer(), null).statusCode()).isEqualTo(403);
        assertThat(call("GET", activityPath, Staff.officer(), null).statusCode()).isEqualTo(403);
        assertThat(call("POST", path + "/activities", Staff.leader(), ACTIVITY.formatted(lead, health, "null",
                "NOT_STARTED")).statusCode()).isEqualTo(403);
        assertThat(call("PUT", path, Staff.appraiser(), PLAN.formatted(year)).statusCode()).isEqualTo(403);
        assertThat(call("GET", path, Staff.appraiser(), null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/mobilisation-plans/987654", focal, null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnInvalidPlanOrActivityWithAProblemNamingTheFields() {
        Staff focal = Staff.focalPoint();
        HttpResponse<String> outside = call("POST", "/api/v1/mobilisation-plans", focal, PLAN.formatted(2040));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(outside.body()).contains("\"year\"");
        long plan = AidFixtures.read(call("POST", "/api/v1/mobilisation-plans", focal, PLAN.formatted(2027))
                .body()).path("id").asLong();
        HttpResponse<String> missing = call("POST", "/api/v1/mobilisation-plans/" + plan + "/activities", focal,
                "{\"description\":\"Chưa rõ\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"title\"").contains("\"months\"").contains("\"leadAgencyId\"")
                .contains("\"type\"");
        HttpResponse<String> unknown = call("POST", "/api/v1/mobilisation-plans/" + plan + "/activities", focal,
                ACTIVITY.formatted(987654, 987655, "null", "NOT_STARTED").replace("[9,7]", "[13]"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"leadAgencyId\"").contains("\"participatingAgencies\"")
                .contains("\"months\"");
    }

    private HttpResponse<String> call(String method, String path, Staff who, String json) {
        return WebClient.api(port, method, path, who.token(), json);
    }
}
