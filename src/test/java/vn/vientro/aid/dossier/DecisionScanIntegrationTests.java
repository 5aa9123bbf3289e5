package vn.vientro.aid.dossier;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.TransitionGuard;
import vn.vientro.aid.lifecycle.TransitionRefusedException;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signed scans of decisions on the dossier tab, and the dossier guard's moves. */
@VientroIntegrationTest
class DecisionScanIntegrationTests {

    @LocalServerPort
    int port;
    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<TransitionGuard> guards;

    @Test
    void theLeaderAttachesTheSignedScanOfTheApprovalWhichReadersThenDownload() {
        long id = fixtures.projectIn(port, "Dự án có quyết định đã ký", AidStatus.APPROVED);
        long decision = jdbc.sql("select id from aid.decision where aid_item = :id and kind = 'APPROVAL'")
                .param("id", id).query(Long.class).single();
        String scanPath = "/app/aid/items/" + id + "/dossier/decisions/" + decision + "/scan";

        WebClient officer = team.officer().browser(port);
        Document officerTab = DossierIntegrationTests.tab(officer, id);
        assertThat(officerTab.select("#decision-" + decision).text()).contains("Chưa có bản chụp");
        assertThat(officerTab.select("#decision-" + decision + " form")).as("officers do not attach scans").isEmpty();
        assertThat(officer.postFile(scanPath, "file", "qd.pdf", "application/pdf", Samples.pdf("officer scan"))
                .statusCode()).isEqualTo(403);

        WebClient leader = team.leader().browser(port);
        DossierIntegrationTests.tab(leader, id);
        leader.postFile(scanPath, "file", "quyet-dinh.docx", "application/pdf", Samples.docx("not a scan"));
        Document refused = DossierIntegrationTests.tab(leader, id);
        Element field = refused.getElementById("scan-" + decision);
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById(field.attr("aria-describedby")).text())
                .isEqualTo("Ở đây chỉ nhận tệp PDF, PNG, JPEG.");
        assertThat(scanFile(decision)).isNull();

        HttpResponse<String> attached = leader.postFile(scanPath, "file", "quyet-dinh-da-ky.pdf", "application/pdf",
                Samples.pdf("signed decision " + id));
        assertThat(attached.statusCode()).isEqualTo(302);
        assertThat(scanFile(decision)).isNotNull();
        Document tab = DossierIntegrationTests.tab(leader, id);
        assertThat(tab.select("#decision-" + decision + " a").text())
                .as("named after the decision, not after the file uploaded").isEqualTo("Tải xuống quyet-dinh-" + id
                        + "-QĐ-UBND.pdf");

        HttpResponse<String> download = officer.get(scanPath);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(Samples.pdf("signed decision " + id),
                StandardCharsets.US_ASCII));
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(team.communeOfficer().browser(port).get(scanPath).statusCode()).isEqualTo(403);
    }

    @Test
    void theFocalPointMayReplaceTheScanOverTheApi() {
        long id = fixtures.projectIn(port, "Dự án thay bản chụp", AidStatus.APPROVED);
        long decision = jdbc.sql("select id from aid.decision where aid_item = :id").param("id", id)
                .query(Long.class).single();
        String path = "/api/v1/aid-items/" + id + "/decision-scans/" + decision;
        assertThat(DossierFixtures.multipart(port, team.officer().token(), path, Map.of(), "qd.png", Samples.png())
                .statusCode()).isEqualTo(403);
        HttpResponse<String> response = DossierFixtures.multipart(port, team.focal().token(), path, Map.of(), "qd.png",
                Samples.png());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + id + "/decision-scans", team.officer().token(), null)
                .body()).contains("\"fileName\":\"quyet-dinh-" + id + "-QĐ-UBND.png\"", path + "/content");
        assertThat(WebClient.api(port, "GET", path + "/content", team.officer().token(), null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theGuardChecksSubmissionResubmissionAndTheProposalOnly() {
        HttpResponse<String> draft = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(),
                fixtures.projectJson("PROGRAMME", "Chương trình chưa có hồ sơ", "90000", "USD"));
        long id = AidFixtures.read(draft.body()).get("id").asLong();
        TransitionGuard guard = guards.stream().filter(DossierGuard.class::isInstance).findFirst().orElseThrow();

        for (AidAction action : List.of(AidAction.SUBMIT, AidAction.RESUBMIT, AidAction.PROPOSE_DECISION)) {
            assertThatThrownBy(() -> guard.check(id, AidKind.PROGRAMME, action)).as(action.name())
                    .isInstanceOfSatisfying(TransitionRefusedException.class,
                            e -> assertThat(e.field()).isEqualTo("documents"));
        }
        assertThatNoException().isThrownBy(() -> guard.check(id, AidKind.PROGRAMME, AidAction.OPEN_APPRAISAL));
        assertThatNoException().isThrownBy(() -> guard.check(id, AidKind.PROGRAMME, AidAction.APPROVE));
    }

    private Long scanFile(long decision) {
        return jdbc.sql("select scan_file_id from aid.decision where id = :id").param("id", decision)
                .query(Long.class).optional().orElse(null);
    }
}
