package vn.vientro.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.Duties;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * What the report starts from (the period's transactions and results framework), the reason a changed figure needs,
 * the page's form with every mistake at once, and who may read, write and review a report, on pages and the API.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFormIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    ReportFixtures reports;
    long item;
    long duty;

    @BeforeAll
    void anApprovedItemWithMoneyAndAnIndicatorInItsFirstYear() {
        reports = new ReportFixtures(port);
        long id = fixtures.draftProject(port, "Dự án báo cáo có số liệu");
        long result = created("/api/v1/aid-items/" + id + "/results", """
                {"level":"OUTPUT","titleVi":"Phụ nữ được tập huấn sinh kế"}""");
        long indicator = created("/api/v1/aid-items/" + id + "/results/" + result + "/indicators", """
                {"titleVi":"Số phụ nữ được tập huấn","measure":"UNIT","unit":"người"}""");
        created("/api/v1/aid-items/" + id + "/indicators/" + indicator + "/periods", """
                {"start":"2026-03-01","end":"2026-06-30","targetValue":200}""");
        fixtures.moveTo(port, id, AidStatus.APPROVED);
        // money is received only from the approval on: today, within the first year's annual report
        money(id, "DISBURSEMENT", "300000000");
        money(id, "DISBURSEMENT", "50000000");
        money(id, "EXPENDITURE", "120000000");
        item = id;
        duty = Duties.first(port, team, item, DutyKind.PROGRESS_ANNUAL);
    }

    @Test
    void moneyAndResultsArePrefilledFromTheAidItemAndAChangeNeedsItsReason() {
        JsonNode blank = reports.get(duty, team.officer().token());
        assertThat(blank.hasNonNull("status")).as("not started").isFalse();
        JsonNode money = blank.path("content").path("money");
        assertThat(money.get(0).path("flow").asString()).isEqualTo("RECEIVED");
        assertThat(new BigDecimal(money.get(0).path("recorded").asString())).isEqualByComparingTo("350000000");
        assertThat(new BigDecimal(money.get(1).path("recorded").asString())).isEqualByComparingTo("120000000");
        JsonNode result = blank.path("content").path("results").get(0);
        assertThat(result.path("indicatorVi").asString()).isEqualTo("Số phụ nữ được tập huấn");
        assertThat(result.path("target").asInt()).isEqualTo(200);

        String changed = """
                {"activities": "Tập huấn", "money": [{"flow": "RECEIVED", "reported": 330000000}],
                 "results": [{"periodId": %d, "reported": 150}]}""".formatted(result.path("periodId").asLong());
        HttpResponse<String> refused = reports.call("PUT", Long.toString(duty), team.officer().token(), changed);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(AidFixtures.read(refused.body()).path("errors").toString())
                .contains("money[0].reason", "results[0].reason");

        JsonNode saved = reports.ok("PUT", Long.toString(duty), team.officer().token(), changed
                .replace("330000000}", "330000000, \"reason\": \"Ngân hàng giữ lại phí chuyển tiền\"}")
                .replace("150}", "150, \"reason\": \"Một lớp hoãn sang tháng 7\"}"));
        assertThat(saved.path("status").asString()).isEqualTo("DRAFT");
        assertThat(saved.path("content").path("money").get(0).path("reason").asString())
                .isEqualTo("Ngân hàng giữ lại phí chuyển tiền");
        assertThat(saved.path("content").path("money").get(1).path("reported").asLong())
                .as("a figure not typed stays as recorded").isEqualTo(120000000L);
    }

    @Test
    void theFormShowsEveryMistakeAtItsFieldAtOnce() {
        long annual = Duties.first(port, team, item, DutyKind.SETTLEMENT_ANNUAL);
        WebClient officer = team.officer().browser(port);
        String page = officer.get("/app/monitoring/duties/" + annual + "/report").body();
        assertThat(page).contains("Lập báo cáo", "Kinh phí đã tiếp nhận (VND)", "Số đã ghi nhận trên hệ thống");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("money[0].flow", "RECEIVED");
        form.put("money[0].reported", "1");
        form.put("beneficiaries[1].group", "WOMEN");
        form.put("beneficiaries[1].people", "-3");
        form.put("submit", "true");
        HttpResponse<String> refused = officer.post("/app/monitoring/duties/" + annual + "/report", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"money-0-reason-error\"", "id=\"beneficiaries-1-error\"",
                "Cần nêu các hoạt động đã thực hiện", "Cần tải lên bản báo cáo có chữ ký", "aria-invalid=\"true\"");
    }

    @Test
    void theOwnerWritesTheFocalPointAndManagingAgencyReviewOthersAreRefused() {
        long settlement = Duties.first(port, team, item, DutyKind.SETTLEMENT_HALF_YEAR);
        String path = "/app/monitoring/duties/" + settlement + "/report";
        Staff managing = Staff.officerOf(team.governing().id());

        assertThat(team.police().browser(port).get(path).statusCode()).isEqualTo(403);
        assertThat(team.communeOfficer().browser(port).get(path).statusCode()).isEqualTo(403);
        assertThat(reports.call("GET", Long.toString(settlement), team.police().token(), null).statusCode())
                .isEqualTo(403);
        assertThat(reports.call("PUT", Long.toString(settlement), team.focal().token(), "{}").statusCode())
                .as("the focal point reviews, the owner writes").isEqualTo(403);
        assertThat(reports.call("PUT", Long.toString(settlement), managing.token(), "{}").statusCode())
                .isEqualTo(403);
        reports.submitted(settlement, team.officer().token(), "Quyết toán 6 tháng");
        assertThat(reports.call("POST", settlement + "/accept", team.officer().token(), "{}").statusCode())
                .as("no one reviews their own report").isEqualTo(403);
        assertThat(managing.browser(port).get(path).body()).contains("Xem xét báo cáo", "Quyết toán 6 tháng");
        assertThat(team.leader().browser(port).get(path).body()).contains("Quyết toán 6 tháng")
                .doesNotContain("Xem xét báo cáo");
        JsonNode accepted = reports.decide(settlement, managing.token(), "accept", "Đồng ý");
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(team.officer().browser(port).get("/app/monitoring/duties?item=" + item).body())
                .contains(path, "Đã chấp nhận");
    }

    private void money(long id, String kind, String amount) {
        HttpResponse<String> response = WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/transactions",
                team.officer().token(), """
                        {"kind": "%s", "valueDate": "%s", "amount": %s, "currency": "VND"}""".formatted(kind,
                        Today.inProvince(), amount));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private long created(String path, String json) {
        HttpResponse<String> response = WebClient.api(port, "POST", path, team.officer().token(), json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return AidFixtures.read(response.body()).path("id").asLong();
    }
}
