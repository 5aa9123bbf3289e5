package vn.vientro.monitoring.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import vn.vientro.monitoring.InspectionPlans;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * The yearly plan of inspections on pages and over the API: the focal point plans one with its subject chosen from
 * the lists and its team; the team sets out, answers its type's checklist and concludes; who is not on the team or
 * in the inspected agency reads nothing of it.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionPlanIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    long item;
    Staff inspector;

    @BeforeAll
    void anApprovedItemAndAnInspectorOfTheFinanceDepartment() {
        item = fixtures.projectIn(port, "Dự án được kiểm tra", AidStatus.APPROVED);
        inspector = Staff.appraiser();
    }

    @Test
    void theFocalPointPlansAnInspectionOnThePageWithTheSubjectAndTeamChosenFromLists() {
        WebClient focal = team.focal().browser(port);
        String blank = focal.get("/app/monitoring/inspections/new").body();
        assertThat(blank).contains("Lập kế hoạch kiểm tra", "Dự án được kiểm tra", "Giám sát cộng đồng cùng Mặt trận Tổ quốc",
                "value=\"" + inspector.id() + "\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("planYear", Integer.toString(LocalDate.now().getYear()));
        form.put("type", "COMMUNITY_SUPERVISION");
        form.put("title", "Giám sát cộng đồng dự án nước sạch");
        form.put("subjectKind", "AID_ITEM");
        form.put("aidItemId", Long.toString(item));
        form.put("startsOn", LocalDate.now().plusDays(3).toString());
        form.put("endsOn", LocalDate.now().plusDays(5).toString());
        form.put("teamUserIds", Long.toString(inspector.id()));
        form.put("outsideMembers", "Lê Thị Cộng Đồng, Ban giám sát đầu tư cộng đồng xã");
        HttpResponse<String> planned = focal.post("/app/monitoring/inspections", form);
        assertThat(planned.statusCode()).isEqualTo(302);
        String path = java.net.URI.create(WebClient.location(planned)).getPath();

        String page = focal.get(path).body();
        assertThat(page).contains("Giám sát cộng đồng dự án nước sạch", "Theo kế hoạch", "Lê Thị Cộng Đồng",
                "Ban giám sát đầu tư cộng đồng xã", inspector.fullName(),
                "Cộng đồng được thông tin về khoản viện trợ và đối tượng thụ hưởng", "Chưa kiểm tra")
                .doesNotContain("Bắt đầu kiểm tra");
        assertThat(focal.get("/app/monitoring/inspections?year=" + LocalDate.now().getYear()).body())
                .contains("Giám sát cộng đồng dự án nước sạch", path);
        assertThat(inspector.browser(port).get(path).body()).contains("Bắt đầu kiểm tra");
    }

    @Test
    void theFormShowsEveryMistakeAtItsField() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("planYear", Integer.toString(LocalDate.now().getYear()));
        form.put("type", "AD_HOC");
        form.put("title", "Kiểm tra đột xuất");
        form.put("subjectKind", "ORGANISATION");
        form.put("startsOn", "2026-05-10");
        form.put("endsOn", "2026-05-01");
        WebClient focal = team.focal().browser(port);
        focal.get("/app/monitoring/inspections/new");
        HttpResponse<String> refused = focal.post("/app/monitoring/inspections", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"organisationId-error\"", "id=\"endsOn-error\"",
                "id=\"teamUserIds-error\"", "Ngày kết thúc không được trước ngày bắt đầu",
                "Cần có ít nhất một cán bộ trong đoàn", "aria-invalid=\"true\"");
        HttpResponse<String> unknown = WebClient.api(port, "POST", "/api/v1/inspections", team.focal().token(), """
                {"planYear": 2026, "type": "AD_HOC", "title": "Kiểm tra", "subjectKind": "AID_ITEM",
                 "aidItemId": 987654, "startsOn": "2026-05-01", "endsOn": "2026-05-02", "teamUserIds": [%d]}"""
                .formatted(inspector.id()));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("aidItemId");
    }

    @Test
    void theTeamStartsAnswersTheChecklistAndConcludesOthersAreRefused() {
        Staff police = Staff.police();
        long inspection = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra định kỳ dự án", List.of(inspector));
        String path = "/api/v1/inspections/" + inspection;

        assertThat(InspectionPlans.step(port, inspection, "start", police, null).statusCode())
                .as("the police read the plan but are not on this team").isEqualTo(403);
        assertThat(InspectionPlans.step(port, inspection, "start", team.focal(), null).statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "GET", path, team.communeOfficer().token(), null).statusCode())
                .as("an officer of another agency").isEqualTo(403);
        assertThat(WebClient.api(port, "GET", path, team.officer().token(), null).statusCode())
                .as("the inspected owner's officer reads the inspection").isEqualTo(200);
        assertThat(InspectionPlans.step(port, inspection, "conclude", inspector, "Kết luận sớm").statusCode())
                .as("a planned inspection is not concluded").isEqualTo(409);

        JsonNode started = AidFixtures.read(InspectionPlans.step(port, inspection, "start", inspector, null).body());
        assertThat(started.path("status").asString()).isEqualTo("IN_PROGRESS");
        HttpResponse<String> answered = WebClient.api(port, "PUT", path + "/checklist", inspector.token(), """
                {"version": %d, "checklist": [{"code": "MONEY_RECEIVED_SPENT", "result": "NOT_MET",
                 "note": "Thiếu chứng từ chi tháng 3"}]}""".formatted(started.path("version").asLong()));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("\"result\":\"NOT_MET\"", "Thiếu chứng từ chi tháng 3");
        assertThat(inspector.browser(port).get("/app/monitoring/inspections/" + inspection).body())
                .contains("Lưu danh mục kiểm tra", "Kết luận cuộc kiểm tra");

        HttpResponse<String> empty = InspectionPlans.step(port, inspection, "conclude", inspector, " ");
        assertThat(empty.statusCode()).isEqualTo(400);
        JsonNode concluded = AidFixtures.read(InspectionPlans.step(port, inspection, "conclude", team.leader(),
                "Cơ bản đúng tiến độ; bổ sung chứng từ").body());
        assertThat(concluded.path("status").asString()).isEqualTo("CONCLUDED");
        assertThat(concluded.path("concludedOn").isNull()).isFalse();
        assertThat(team.officer().browser(port).get("/app/monitoring/inspections/" + inspection).body())
                .contains("Cơ bản đúng tiến độ; bổ sung chứng từ", "Đã kết luận");
    }

    @Test
    void anOfficerListsOnlyTheInspectionsOfTheirAgencyOrTeam() {
        long ofTheirItem = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra của sở y tế thử", List.of(inspector));
        int year = LocalDate.now().getYear();
        HttpResponse<String> theirs = WebClient.api(port, "GET", "/api/v1/inspections?year=" + year,
                team.officer().token(), null);
        assertThat(theirs.body()).contains("\"id\":" + ofTheirItem);
        HttpResponse<String> others = WebClient.api(port, "GET", "/api/v1/inspections?year=" + year,
                team.communeOfficer().token(), null);
        assertThat(others.statusCode()).isEqualTo(200);
        assertThat(others.body()).doesNotContain("\"id\":" + ofTheirItem);
        assertThat(team.communeOfficer().browser(port).get("/app/monitoring/inspections/new").statusCode())
                .isEqualTo(403);
    }
}
