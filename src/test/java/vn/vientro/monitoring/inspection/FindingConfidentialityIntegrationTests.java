package vn.vientro.monitoring.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.InspectionPlans;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * Findings are confidential until the inspection is concluded (DOMAIN.md §10): the team and the leaders read them,
 * the inspected owner only afterwards, and no one else, on pages, over the API, in downloads, search and the audit
 * trail, and in the drafted proposal to the Ministry of Foreign Affairs. Recommendations are made while under way and
 * followed up once concluded, overdue past their deadline.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FindingConfidentialityIntegrationTests {

    private static final String FOUND = "Chi sai mục đích khoản tập huấn Quýtrắngmười";

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    long inspection;
    long finding;
    long evidence;
    Staff inspector;

    @BeforeAll
    void anInspectionUnderWayWithAFindingAndItsEvidence() {
        long item = fixtures.projectIn(port, "Dự án có phát hiện", AidStatus.APPROVED);
        inspector = Staff.appraiser();
        inspection = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra có phát hiện", List.of(inspector));
        assertThat(InspectionPlans.step(port, inspection, "start", inspector, null).statusCode()).isEqualTo(200);

        WebClient browser = inspector.browser(port);
        browser.get(page());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "FINANCE");
        form.put("severity", "SERIOUS");
        form.put("description", FOUND);
        assertThat(browser.post(page() + "/findings", form).statusCode()).isEqualTo(302);
        finding = findings(inspector).get(0).path("id").asLong();
        browser.get(page());
        HttpResponse<String> attached = browser.postFile(page() + "/findings/" + finding + "/evidence", "evidence",
                "bien-ban.pdf", "application/pdf", Samples.pdf("Biên bản kiểm tra"));
        assertThat(attached.statusCode()).isEqualTo(302);
        evidence = findings(inspector).get(0).path("evidence").get(0).path("fileId").asLong();
    }

    @Test
    @Order(1)
    void beforeTheConclusionOnlyTheTeamAndTheLeadersReadTheFindings() {
        assertThat(api("GET", "/findings", inspector, null).body()).contains(FOUND);
        assertThat(api("GET", "/findings", team.leader(), null).body()).contains(FOUND);
        for (Staff outsider : List.of(team.officer(), team.focal(), team.police(), team.communeOfficer())) {
            assertThat(api("GET", "/findings", outsider, null).statusCode()).as(outsider.username()).isEqualTo(403);
            assertThat(api("GET", "/findings/" + finding + "/evidence/" + evidence, outsider, null).statusCode())
                    .as(outsider.username()).isEqualTo(403);
        }
        assertThat(api("GET", "/findings/" + finding + "/evidence/" + evidence, inspector, null).statusCode())
                .isEqualTo(200);
        assertThat(api("GET", proposal("SUSPEND"), team.leader(), null).statusCode())
                .as("no proposal leaves with a confidential finding").isEqualTo(409);
        assertThat(api("GET", proposal("SUSPEND"), team.focal(), null).statusCode()).isEqualTo(403);
        assertThat(team.officer().browser(port).get(page()).body()).doesNotContain(FOUND, "bien-ban.pdf")
                .contains("Các phát hiện được giữ kín cho đến khi có kết luận kiểm tra");
        assertThat(team.focal().browser(port).get(page()).body()).doesNotContain(FOUND);
        assertThat(team.officer().browser(port).get(page() + "/findings/" + finding + "/evidence/" + evidence)
                .statusCode()).isEqualTo(403);
        assertThat(inspector.browser(port).get(page()).body()).contains(FOUND, "bien-ban.pdf", "Nghiêm trọng");

        Events.settle();
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=Quýtrắngmười", team.leader().token(), null).body())
                .as("findings are not indexed").doesNotContain("Quýtrắngmười");
        HttpResponse<String> trail = WebClient.api(port, "GET",
                "/api/v1/audit-events?table=monitoring.inspection_finding", team.admin().token(), null);
        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(trail.body()).as("an administrator's trail is sealed").doesNotContain("Quýtrắngmười");
    }

    @Test
    @Order(3)
    void afterTheConclusionTheOwnerReadsThemAndFollowsUpAnOverdueRecommendation() throws Exception {
        HttpResponse<String> made = api("POST", "/findings/" + finding + "/recommendations", inspector, """
                {"text": "Hoàn trả khoản chi sai mục đích", "ownerAgencyId": %d, "deadline": "%s"}"""
                .formatted(team.owner().id(), LocalDate.now().minusDays(1)));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long recommendation = AidFixtures.read(made.body()).get(0).path("recommendations").get(0).path("id").asLong();
        assertThat(api("POST", "/recommendations/" + recommendation + "/follow-up", inspector,
                "{\"version\": 0, \"done\": true}").statusCode()).as("not before the conclusion").isEqualTo(409);

        assertThat(InspectionPlans.step(port, inspection, "conclude", team.leader(), "Kết luận: hoàn trả khoản chi")
                .statusCode()).isEqualTo(200);
        JsonNode read = AidFixtures.read(api("GET", "/findings", team.officer(), null).body());
        assertThat(read.get(0).path("description").asString()).isEqualTo(FOUND);
        assertThat(read.get(0).path("recommendations").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(api("GET", "/findings", team.communeOfficer(), null).statusCode()).isEqualTo(403);
        assertThat(api("GET", "/findings/" + finding + "/evidence/" + evidence, team.officer(), null).statusCode())
                .isEqualTo(200);
        assertThat(team.officer().browser(port).get(page()).body()).contains(FOUND, "Quá hạn",
                "Lưu kết quả theo dõi");
        assertThat(api("POST", "/findings", inspector, """
                {"category": "PROGRESS", "severity": "MINOR", "description": "Muộn"}""").statusCode())
                .as("no finding after the conclusion").isEqualTo(409);

        assertThat(api("GET", proposal("REVOKE"), team.officer(), null).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> letter = download(proposal("REVOKE"), team.focal());
        assertThat(letter.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(letter.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "V/v đề nghị thu hồi Giấy đăng ký", "Kính gửi: Bộ Ngoại giao", FOUND,
                    "Kết luận: hoàn trả khoản chi");
        }
        assertThat(team.focal().browser(port).get(page()).body()).contains("mofa-proposal?measure=SUSPEND");

        HttpResponse<String> followed = api("POST", "/recommendations/" + recommendation + "/follow-up",
                team.officer(), "{\"version\": 0, \"done\": true, \"note\": \"Đã hoàn trả ngày 5/12\"}");
        assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
        JsonNode done = AidFixtures.read(followed.body()).get(0).path("recommendations").get(0);
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("overdue").asBoolean()).isFalse();
    }

    @Test
    @Order(2)
    void theFindingFormsShowTheirMistakesAtTheirFields() {
        WebClient browser = inspector.browser(port);
        browser.get(page());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "PROGRESS");
        HttpResponse<String> kept = browser.post(page() + "/findings", form);
        assertThat(kept.statusCode()).isEqualTo(302);
        String shown = browser.get(page()).body();
        assertThat(shown).contains("id=\"description-error\"", "id=\"severity-error\"", "aria-invalid=\"true\"");

        HttpResponse<String> refused = browser.postFile(page() + "/findings/" + finding + "/evidence", "evidence",
                "virus.exe", "application/octet-stream", Samples.exe());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(browser.get(page()).body()).as("the refusal at the finding's file input")
                .contains("id=\"evidence-" + finding + "-error\"");
        assertThat(findings(inspector).get(0).path("evidence")).hasSize(1);
    }

    private String proposal(String measure) {
        return "/findings/" + finding + "/mofa-proposal?measure=" + measure;
    }

    private HttpResponse<byte[]> download(String path, Staff who) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/inspections/" + inspection + path))
                .header("Authorization", "Bearer " + who.token()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String page() {
        return "/app/monitoring/inspections/" + inspection;
    }

    private HttpResponse<String> api(String method, String path, Staff who, String json) {
        return WebClient.api(port, method, "/api/v1/inspections/" + inspection + path, who.token(), json);
    }

    private JsonNode findings(Staff who) {
        HttpResponse<String> response = api("GET", "/findings", who, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }
}
