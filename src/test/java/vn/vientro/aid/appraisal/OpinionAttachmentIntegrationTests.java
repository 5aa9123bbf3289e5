package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidTeam;
import vn.vientro.audit.Trails;
import vn.vientro.aid.dossier.DossierFixtures;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/** The written reply travels with the answer, kept as an aid file, and is read under the answer's own rules. */
@VientroIntegrationTest
class OpinionAttachmentIntegrationTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCommuneAttachesItsLetterAndTheOwnersOfficerDownloadsIt() {
        AppraisalItems items = new AppraisalItems(port, team);
        AppraisalItems.Item item = items.underAppraisal();
        long commune = items.ask(item.id(), "2026-11-02", new String[] {"COMMUNE", "COMMUNE"}).get(0);
        String page = "/app/aid/items/" + item.id() + "/opinions/" + commune + "/answer";
        WebClient officer = team.communeOfficer().browser(port);
        byte[] letter = Samples.pdf("Cong van tra loi cua UBND phuong " + item.code());

        HttpResponse<String> refused = items.postMultipart(officer, page, page, Map.of("answer", "AGREE",
                "answeredOn", "2026-11-20"), "thu.pdf", "không phải PDF".getBytes());
        assertThat(refused.body()).contains("id=\"file-error\"", "enctype=\"multipart/form-data\"");
        HttpResponse<String> answered = items.postMultipart(officer, page, page, Map.of("answer", "AGREE",
                "answeredOn", "2026-11-20"), "Công văn trả lời.pdf", letter);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(302);

        String file = "/app/aid/items/" + item.id() + "/opinions/" + commune + "/file";
        assertThat(team.officer().browser(port).get("/app/aid/items/" + item.id() + "?tab=appraisal").body())
                .contains("id=\"answer-file-" + commune + "\"");
        HttpResponse<byte[]> download = items.download(file, "officer");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(letter);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).contains("y-kien-" + commune + ".pdf"));
        assertThat(items.download(file, "police").statusCode()).isEqualTo(200);
    }

    @Test
    void aSecurityReplyIsKeptUnderANeutralNameAndOnlyItsReadersDownloadIt() {
        AppraisalItems items = new AppraisalItems(port, team);
        AppraisalItems.Item item = items.underAppraisal();
        long security = items.ask(item.id(), "2026-11-02", new String[] {"CA-TINH", "SECURITY"}).get(0);
        byte[] letter = Samples.pdf("Ket qua tham tra " + item.code());

        HttpResponse<String> answered = DossierFixtures.multipart(port, team.police().token(), "/api/v1/aid-items/"
                        + item.id() + "/opinions/" + security + "/answer",
                Map.of("answer", "AGREE_WITH_CONDITIONS", "answerText", "Theo dõi hoạt động"),
                "Tham-tra-Nguyen-Van-Bi-Mat.pdf", letter);

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        Long sealedFile = jdbc.sql("select answer_file_id from aid.sealed_opinion where opinion_request = :id")
                .param("id", security).query(Long.class).single();
        assertThat(jdbc.sql("select original_name from aid.stored_file where id = :id").param("id", sealedFile)
                .query(String.class).single()).isEqualTo("y-kien-" + security + ".pdf");
        assertThat(jdbc.sql("select answer_file_id is null from aid.opinion_request where id = :id")
                .param("id", security).query(Boolean.class).single()).as("sealed, not in the audited table").isTrue();
        assertThat(jdbc.sql("select count(*) from audit.event where after::text like '%Bi-Mat%'").query(Long.class)
                .single()).isZero();
        String kept = "table=aid.stored_file&rowId=" + sealedFile;
        assertThat(Trails.asReadBy(team.admin(), port, kept)).as("that a reply was kept is sealed too").isEqualTo("[]");
        assertThat(Trails.asReadBy(team.leader(), port, kept)).contains("y-kien-" + security + ".pdf");
        String file = "/app/aid/items/" + item.id() + "/opinions/" + security + "/file";
        for (String user : List.of("admin", "officer")) {
            assertThat(items.download(file, user).statusCode()).as(user).isEqualTo(404);
        }
        assertThat(items.download(file, "commune").statusCode()).as("not even the item").isEqualTo(403);
        long before = reads(security);
        assertThat(items.download(file, "appraiser").body()).isEqualTo(letter);
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + item.id() + "/opinions/" + security + "/file",
                team.leader().token(), null, "*/*").statusCode()).isEqualTo(200);
        assertThat(reads(security)).isEqualTo(before + 2);
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + item.id() + "/opinions/" + security + "/file",
                team.admin().token(), null, "*/*").statusCode()).isEqualTo(404);
    }

    private long reads(long opinion) {
        return Trails.reads("aid.opinion_request", opinion);
    }
}
