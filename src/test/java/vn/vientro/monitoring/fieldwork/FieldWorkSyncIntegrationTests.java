package vn.vientro.monitoring.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * What the field work's outbox relies on when it syncs: a checklist answered from a version someone else has since
 * saved is refused with the checklist as it now stands, so the client can show both values field by field; a finding
 * posted again with the same Idempotency-Key (an answer lost on a bad line) is recorded once; the field-work page and
 * its manifest are the team's alone.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldWorkSyncIntegrationTests {

    static final AidTeam team = new AidTeam();

    @LocalServerPort
    int port;

    Staff inspector;
    Staff colleague;
    long inspection;

    @BeforeAll
    void anInspectionUnderWayByTwoInspectors() {
        long item = new AidFixtures(team).projectIn(port, "Dự án kiểm tra thực địa", AidStatus.APPROVED);
        inspector = Staff.appraiser();
        colleague = Staff.police();
        inspection = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra thực địa ngoại tuyến",
                List.of(inspector, colleague));
        assertThat(InspectionPlans.step(port, inspection, "start", inspector, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aChecklistAnsweredFromAStaleVersionIsRefusedWithTheCurrentValues() {
        JsonNode started = InspectionPlans.get(port, inspection, inspector);
        long version = started.path("version").asLong();
        String code = started.path("checklist").get(0).path("code").asString();

        HttpResponse<String> theirs = answer(colleague, version, code, "MET", "Sổ sách đầy đủ");
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);

        HttpResponse<String> mine = answer(inspector, version, code, "NOT_MET", "Thiếu chứng từ tháng 9");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(409);
        JsonNode problem = AidFixtures.read(mine.body());
        assertThat(problem.path("type").asString()).isEqualTo("/problems/stale-version");
        JsonNode current = problem.path("current");
        assertThat(current.path("version").asLong()).isGreaterThan(version);
        JsonNode point = point(current, code);
        assertThat(point.path("result").asString()).isEqualTo("MET");
        assertThat(point.path("note").asString()).isEqualTo("Sổ sách đầy đủ");

        HttpResponse<String> resolved = answer(inspector, current.path("version").asLong(), code, "NOT_MET",
                "Sổ sách đầy đủ");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        JsonNode saved = point(InspectionPlans.get(port, inspection, colleague), code);
        assertThat(saved.path("result").asString()).isEqualTo("NOT_MET");
        assertThat(saved.path("note").asString()).isEqualTo("Sổ sách đầy đủ");
    }

    @Test
    void aFindingSyncedTwiceWithTheSameKeyIsRecordedOnce() {
        String key = UUID.randomUUID().toString();
        String description = "Phát hiện ngoại tuyến " + key;
        String body = """
                {"category": "FINANCE", "severity": "SIGNIFICANT", "description": "%s"}""".formatted(description);
        HttpResponse<String> first = WebClient.apiWithHeaders(port, "POST", findings(), inspector.token(), body,
                Map.of("Idempotency-Key", key));
        HttpResponse<String> retried = WebClient.apiWithHeaders(port, "POST", findings(), inspector.token(), body,
                Map.of("Idempotency-Key", key));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
        HttpResponse<String> listed = WebClient.api(port, "GET", findings(), inspector.token(), null);
        long recorded = 0;
        for (JsonNode finding : AidFixtures.read(listed.body())) {
            recorded += description.equals(finding.path("description").asString()) ? 1 : 0;
        }
        assertThat(recorded).isEqualTo(1);
    }

    @Test
    void theFieldWorkPageAndItsManifestAreTheTeamsAlone() {
        String path = "/app/monitoring/inspections/" + inspection + "/field-work";
        String page = inspector.browser(port).get(path).body();
        assertThat(page).contains("Làm việc thực địa: Kiểm tra thực địa ngoại tuyến", "Tải về để làm việc ngoại tuyến",
                "rel=\"manifest\"", "/js/monitoring-fieldwork.js", "data-version=");
        HttpResponse<String> manifest = inspector.browser(port).get(path + "/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        JsonNode app = AidFixtures.read(manifest.body());
        assertThat(app.path("name").asString()).isEqualTo("Vientro – Kiểm tra thực địa: Kiểm tra thực địa ngoại tuyến");
        assertThat(app.path("start_url").asString()).isEqualTo(path);
        assertThat(app.path("icons").size()).isEqualTo(3);

        assertThat(team.officer().browser(port).get(path).statusCode()).isEqualTo(403);
        assertThat(team.focal().browser(port).get(path).statusCode()).isEqualTo(403);
        assertThat(Staff.leader().browser(port).get(path + "/manifest.webmanifest").statusCode()).isEqualTo(403);
    }

    @Test
    void theServiceWorkerIsServedToAnyone() {
        HttpResponse<String> worker = new WebClient(port).get("/monitoring-fieldwork-sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.body()).contains("vientro-fieldwork-v1");
    }

    private HttpResponse<String> answer(Staff who, long version, String code, String result, String note) {
        return WebClient.api(port, "PUT", "/api/v1/inspections/" + inspection + "/checklist", who.token(), """
                {"version": %d, "checklist": [{"code": "%s", "result": "%s", "note": "%s"}]}"""
                .formatted(version, code, result, note));
    }

    private String findings() {
        return "/api/v1/inspections/" + inspection + "/findings";
    }

    private static JsonNode point(JsonNode inspection, String code) {
        for (JsonNode point : inspection.path("checklist")) {
            if (code.equals(point.path("code").asString())) {
                return point;
            }
        }
        throw new AssertionError("no point " + code);
    }
}
