package vn.vientro.monitoring.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.InspectionPlans;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * A finding leads to its outcome through the owners' public APIs and under their rules: the leader suspends the aid
 * item inspected (its lifecycle records the decision), the focal point puts the item's donor under inspection (the
 * registry's status history records it); the team, who found it, decides neither.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingOutcomeIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    long item;
    long inspection;
    long finding;
    Staff inspector;

    @BeforeAll
    void aSeriousFindingOnAnApprovedItem() {
        item = fixtures.projectIn(port, "Dự án bị tạm dừng", AidStatus.APPROVED);
        inspector = Staff.appraiser();
        inspection = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra đột xuất dự án", List.of(inspector));
        assertThat(InspectionPlans.step(port, inspection, "start", inspector, null).statusCode()).isEqualTo(200);
        HttpResponse<String> found = api("POST", "/findings", inspector, """
                {"category": "SECURITY_OR_LEGAL", "severity": "SERIOUS",
                 "description": "Hoạt động ngoài địa bàn được phê duyệt"}""");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(201);
        finding = AidFixtures.read(found.body()).get(0).path("id").asLong();
    }

    @Test
    void theLeaderSuspendsTheItemAndTheFocalPointPutsTheDonorUnderInspection() {
        String outcome = """
                {"outcome": "%s", "reason": "Hoạt động ngoài địa bàn được phê duyệt",
                 "decisionNumber": "%s", "decisionDate": "2026-12-01"}""";
        assertThat(api("POST", "/findings/" + finding + "/outcomes", inspector,
                outcome.formatted("SUSPEND_ITEM", "15/QĐ-UBND")).statusCode()).isEqualTo(403);
        HttpResponse<String> missing = api("POST", "/findings/" + finding + "/outcomes", team.leader(),
                "{\"outcome\": \"SUSPEND_ITEM\", \"reason\": \"Vi phạm\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("decisionNumber", "decisionDate");

        HttpResponse<String> suspended = api("POST", "/findings/" + finding + "/outcomes", team.leader(),
                outcome.formatted("SUSPEND_ITEM", "15/QĐ-UBND"));
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(204);
        assertThat(fixtures.status(port, item)).isEqualTo("SUSPENDED");
        assertThat(api("POST", "/findings/" + finding + "/outcomes", team.leader(),
                outcome.formatted("SUSPEND_ITEM", "16/QĐ-UBND")).statusCode())
                .as("a suspended item is not suspended again").isEqualTo(409);
        assertThat(api("POST", "/findings/" + finding + "/outcomes", team.leader(),
                outcome.formatted("NGO_UNDER_INSPECTION", "17/QĐ-UBND")).statusCode())
                .as("the registry's status is the focal point's").isEqualTo(403);

        assertThat(InspectionPlans.step(port, inspection, "conclude", team.leader(), "Tạm dừng dự án")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> marked = api("POST", "/findings/" + finding + "/outcomes", team.focal(),
                outcome.formatted("NGO_UNDER_INSPECTION", "18/QĐ-UBND"));
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(204);
        HttpResponse<String> donor = WebClient.api(port, "GET", "/api/v1/organisations/" + team.donor().id(),
                team.focal().token(), null);
        assertThat(AidFixtures.read(donor.body()).path("status").asString()).isEqualTo("UNDER_INSPECTION");
        assertThat(team.focal().browser(port).get("/app/monitoring/inspections/" + inspection).body())
                .contains("Xử lý phát hiện", "Tạm dừng khoản viện trợ được kiểm tra");
    }

    private HttpResponse<String> api(String method, String path, Staff who, String json) {
        return WebClient.api(port, method, "/api/v1/inspections/" + inspection + path, who.token(), json);
    }
}
