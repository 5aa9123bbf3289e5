package vn.vientro.aid.dossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier tab and API: uploads checked by content, versions, downloads for readers only, the checklist. */
@VientroIntegrationTest
class DossierIntegrationTests {

    @LocalServerPort
    int port;
    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeveralFilesPanelSendsFilesInTheBackgroundAndReadsEachOutcome() {
        long id = bareDraft("TECHNICAL_ASSISTANCE", "Hồ sơ tải nhiều tệp");
        WebClient officer = team.officer().browser(port);
        Document tab = tab(officer, id);
        assertThat(tab.select("#dossier-batch template#batch-types option").eachAttr("value"))
                .contains("REQUEST_FOR_APPROVAL", "PROJECT_DOCUMENT");

        HttpResponse<String> stored = officer.postFile(uploadPath(id, "REQUEST_FOR_APPROVAL"), "file", "de-nghi.pdf",
                "application/pdf", Samples.pdf("request"), "application/json");
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.body()).contains("\"stored\":true").contains("Đã tải lên «de-nghi.pdf».");

        HttpResponse<String> refused = officer.postFile(uploadPath(id, "PROJECT_DOCUMENT"), "file", "chay.exe",
                "application/octet-stream", Samples.exe(), "application/json");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("\"stored\":false").contains("Loại tệp không được chấp nhận");
        assertThat(state(tab(officer, id), "REQUEST_FOR_APPROVAL")).isEqualTo("✔ Đã có (phiên bản 1)");
        assertThat(state(tab(officer, id), "PROJECT_DOCUMENT")).isNotEqualTo("✔ Đã có (phiên bản 1)");
    }

    @Test
    void acceptsARealPdfAndWordFileOnTheTabAndKeepsEveryVersion() {
        long id = bareDraft("TECHNICAL_ASSISTANCE", "Hồ sơ tải lên trang");
        WebClient officer = team.officer().browser(port);
        Document tab = tab(officer, id);
        assertThat(state(tab, "REQUEST_FOR_APPROVAL")).isEqualTo("✘ Còn thiếu");

        HttpResponse<String> first = officer.postFile(uploadPath(id, "REQUEST_FOR_APPROVAL"), "file", "de-nghi.pdf",
                "application/octet-stream", Samples.pdf("request v1"));
        assertThat(first.statusCode()).isIn(302, 303);
        assertThat(WebClient.location(first)).endsWith("/app/aid/items/" + id + "?tab=dossier");
        tab(officer, id);
        byte[] docx = Samples.docx("Văn kiện dự án");
        officer.postFile(uploadPath(id, "PROJECT_DOCUMENT"), "file", "van-kien.docx", "application/msword", docx);
        tab(officer, id);
        officer.postFile(uploadPath(id, "REQUEST_FOR_APPROVAL"), "file", "de-nghi-sua.pdf", "application/pdf",
                Samples.pdf("request v2"));

        tab = tab(officer, id);
        assertThat(state(tab, "REQUEST_FOR_APPROVAL")).isEqualTo("✔ Đã có (phiên bản 2)");
        assertThat(state(tab, "PROJECT_DOCUMENT")).isEqualTo("✔ Đã có (phiên bản 1)");
        List<String> links = tab.select("#doc-REQUEST_FOR_APPROVAL li a").eachText();
        assertThat(links).containsExactly("de-nghi-sua.pdf", "de-nghi.pdf");

        JsonNode request = entry(DossierFixtures.checklist(port, team.officer().token(), id), "REQUEST_FOR_APPROVAL");
        assertThat(request.get("versions")).hasSize(2);
        assertThat(request.get("versions").get(0).get("version").asInt()).isEqualTo(2);
        JsonNode oldest = request.get("versions").get(1);
        assertThat(oldest.get("contentType").asString()).isEqualTo("application/pdf");
        HttpResponse<String> download = officer.get("/app/aid/items/" + id + "/dossier/documents/"
                + oldest.get("id").asLong() + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(Samples.pdf("request v1"), StandardCharsets.US_ASCII));
        assertThat(apiBytes(team.officer().token(), "/api/v1/aid-items/" + id + "/documents/"
                + word(id).get("id").asLong() + "/content")).isEqualTo(docx);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("de-nghi.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(word(id).get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void refusesATextFileNamedPdfAProgramAnOversizedFileAndAZipBombAtTheFileField() {
        long id = bareDraft("TECHNICAL_ASSISTANCE", "Hồ sơ tệp bị từ chối");
        WebClient officer = team.officer().browser(port);
        tab(officer, id);
        officer.postFile(uploadPath(id, "REQUEST_FOR_APPROVAL"), "file", "de-nghi.pdf", "application/pdf",
                "Tôi là văn bản, không phải PDF".getBytes(StandardCharsets.UTF_8));
        Document tab = tab(officer, id);
        Element field = tab.getElementById("file-REQUEST_FOR_APPROVAL");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(tab.getElementById(field.attr("aria-describedby")).text())
                .startsWith("Loại tệp không được chấp nhận").contains("text/plain");

        HttpResponse<String> exe = DossierFixtures.upload(port, team.officer().token(), id, "REQUEST_FOR_APPROVAL",
                "de-nghi.pdf", Samples.exe(), null);
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(exe.body()).contains("\"field\":\"file\"", "application/x-msdownload");
        byte[] oversized = java.util.Arrays.copyOf(Samples.pdf("big"), 20 * 1024 * 1024 + 1);
        HttpResponse<String> big = DossierFixtures.upload(port, team.officer().token(), id, "REQUEST_FOR_APPROVAL",
                "lon.pdf", oversized, null);
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("Tệp lớn hơn 20 MB");
        HttpResponse<String> bomb = DossierFixtures.upload(port, team.officer().token(), id, "PROJECT_DOCUMENT",
                "van-kien.docx", Samples.docxBomb(100), null);
        assertThat(bomb.statusCode()).isEqualTo(400);
        assertThat(bomb.body()).contains("\"field\":\"file\"", "lớn bất thường");
        HttpResponse<String> path = DossierFixtures.upload(port, team.officer().token(), id, "PROJECT_DOCUMENT",
                "../../van-kien.pdf", Samples.pdf("path"), null);
        assertThat(path.statusCode()).isEqualTo(400);
        assertThat(path.body()).contains("Tên tệp không hợp lệ");

        assertThat(jdbc.sql("select count(*) from aid.dossier_document where aid_item = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void submissionIsRefusedNamingTheMissingPapersUntilTheyAreThere() {
        long id = bareDraft("NON_PROJECT", "Hồ sơ thiếu giấy tờ");
        HttpResponse<String> refused = fixtures.move(port, team.officer().token(), id, "submit", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode problem = AidFixtures.read(refused.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("documents");
        assertThat(problem.get("detail").asString()).startsWith("Chưa thể nộp: hồ sơ còn thiếu ")
                .contains("Văn bản đề nghị phê duyệt khoản viện trợ", "Văn kiện khoản viện trợ phi dự án",
                        "Giấy tờ chứng minh tư cách pháp lý của bên cung cấp viện trợ")
                .doesNotContain("Văn kiện chương trình", "Báo cáo kết quả thẩm định");
        HttpResponse<String> english = apiIn("en", "POST", "/api/v1/aid-items/" + id + "/transitions/submit",
                team.officer().token(), "{\"version\":" + fixtures.version(port, id) + "}");
        assertThat(english.body()).contains("Request for approval of the aid");

        for (String type : List.of("REQUEST_FOR_APPROVAL", "DONOR_COMMITMENT", "NON_PROJECT_DOCUMENT",
                "DONOR_LEGAL_STATUS")) {
            DossierFixtures.uploadOk(port, team.officer().token(), id, type);
        }
        WebClient officer = team.officer().browser(port);
        officer.get("/app/aid/items/" + id + "/transitions/submit");
        HttpResponse<String> page = officer.post("/app/aid/items/" + id + "/transitions/submit",
                Map.of("version", Long.toString(fixtures.version(port, id))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("[role=alert]").text())
                .isEqualTo("Chưa thể nộp: hồ sơ còn thiếu Bản dịch tiếng Việt các giấy tờ bằng tiếng nước ngoài. "
                        + "Hãy tải lên ở thẻ Hồ sơ.");
        assertThat(fixtures.status(port, id)).isEqualTo("DOSSIER_DRAFT");

        DossierFixtures.uploadOk(port, team.officer().token(), id, "VIETNAMESE_TRANSLATION");
        officer.get("/app/aid/items/" + id + "/transitions/submit");
        HttpResponse<String> done = officer.post("/app/aid/items/" + id + "/transitions/submit",
                Map.of("version", Long.toString(fixtures.version(port, id))));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(fixtures.status(port, id)).isEqualTo("SUBMITTED");
    }

    @Test
    void theDecisionIsProposedOnlyWithTheAppraisalReportWhichOnlyTheAppraisalLeadAdds() {
        long id = bareDraft("TECHNICAL_ASSISTANCE", "Hồ sơ chờ báo cáo thẩm định");
        DossierFixtures.completeForSubmission(port, team.focal().token(), id);
        fixtures.moveOk(port, team.officer().token(), id, "submit", "");
        assertThat(DossierFixtures.upload(port, team.appraiser().token(), id, "APPRAISAL_REPORT", "bc.pdf",
                Samples.pdf("too early"), null).statusCode()).as("not before the appraisal opens").isEqualTo(409);
        fixtures.moveOk(port, team.appraiser().token(), id, "open-appraisal", "");
        HttpResponse<String> late = DossierFixtures.upload(port, team.officer().token(), id, "REQUEST_FOR_APPROVAL",
                "de-nghi.pdf", Samples.pdf("too late"), null);
        assertThat(late.statusCode()).as("the owner's papers are closed during the appraisal").isEqualTo(409);
        assertThat(late.body()).contains("Đang thẩm định");
        fixtures.moveOk(port, team.appraiser().token(), id, "conclude-appraisal",
                "\"recommendation\":\"APPROVE\",\"reason\":\"Đủ điều kiện\"");

        String proposal = "{\"version\":" + fixtures.version(port, id) + ",\"referenceNumber\":\"1/TTr-STC\"}";
        HttpResponse<String> refused = WebClient.api(port, "POST", "/api/v1/aid-items/" + id
                + "/transitions/propose-decision", team.appraiser().token(), proposal);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Chưa thể trình quyết định: hồ sơ còn thiếu Báo cáo kết quả thẩm định");
        assertThat(DossierFixtures.upload(port, team.officer().token(), id, "APPRAISAL_REPORT", "bc.pdf",
                Samples.pdf("officer report"), null).statusCode()).isEqualTo(403);
        assertThat(DossierFixtures.upload(port, team.appraiser().token(), id, "APPRAISAL_REPORT", "bao-cao.docx",
                Samples.docx("Báo cáo thẩm định"), "Bản trình UBND").statusCode()).isEqualTo(201);
        assertThat(WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/transitions/propose-decision",
                team.appraiser().token(), proposal).statusCode()).isEqualTo(200);

        JsonNode report = entry(DossierFixtures.checklist(port, team.officer().token(), id), "APPRAISAL_REPORT");
        assertThat(report.get("present").asBoolean()).isTrue();
        assertThat(report.get("versions")).as("an internal paper: the owner sees that it is there").isEmpty();
    }

    @Test
    void anotherAgencysOfficerCanNeitherListNorDownloadTheDossier() {
        long id = bareDraft("TECHNICAL_ASSISTANCE", "Hồ sơ riêng của Sở Y tế");
        DossierFixtures.uploadOk(port, team.officer().token(), id, "REQUEST_FOR_APPROVAL");
        long document = entry(DossierFixtures.checklist(port, team.officer().token(), id), "REQUEST_FOR_APPROVAL")
                .get("versions").get(0).get("id").asLong();
        String content = "/documents/" + document + "/content";

        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + id + content, team.communeOfficer().token(), null)
                .statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + id + "/documents", team.communeOfficer().token(), null)
                .statusCode()).isEqualTo(403);
        assertThat(DossierFixtures.upload(port, team.communeOfficer().token(), id, "PROJECT_DOCUMENT", "x.pdf",
                Samples.pdf("intruder"), null).statusCode()).isEqualTo(403);
        WebClient commune = team.communeOfficer().browser(port);
        assertThat(commune.get("/app/aid/items/" + id + "/dossier" + content).statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + id + content, team.police().token(), null)
                .statusCode()).as("provincial roles read every item").isEqualTo(200);
        assertThat(DossierFixtures.upload(port, team.police().token(), id, "PROJECT_DOCUMENT", "x.pdf",
                Samples.pdf("police"), null).statusCode()).as("but only the owner's side uploads").isEqualTo(403);
    }

    @Test
    void theChecklistFollowsTheKindOfAid() {
        long emergency = bareDraft("EMERGENCY_RELIEF", "Cứu trợ khẩn cấp hồ sơ");
        JsonNode list = DossierFixtures.checklist(port, team.officer().token(), emergency);
        List<String> types = new ArrayList<>();
        list.get("documents").forEach(entry -> types.add(entry.get("type").asString()));
        assertThat(types).containsExactly("REQUEST_FOR_APPROVAL", "DONOR_NOTICE", "VIETNAMESE_TRANSLATION");
        long investment = bareDraft("INVESTMENT_PROJECT", "Dự án đầu tư hồ sơ");
        assertThat(DossierFixtures.missingForSubmission(port, team.focal().token(), investment))
                .containsExactly("REQUEST_FOR_APPROVAL",
                "DONOR_COMMITMENT", "PROJECT_DOCUMENT", "INVESTMENT_DOCUMENTS", "DONOR_LEGAL_STATUS",
                "VIETNAMESE_TRANSLATION");
        HttpResponse<String> wrongKind = DossierFixtures.upload(port, team.officer().token(), emergency, "PROJECT_DOCUMENT",
                "x.pdf", Samples.pdf("wrong kind"), null);
        assertThat(wrongKind.statusCode()).isEqualTo(400);
        assertThat(wrongKind.body()).contains("\"field\":\"type\"");
    }

    private long bareDraft(String kind, String name) {
        HttpResponse<String> response = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(),
                fixtures.projectJson(kind, name, "120000", "USD"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return AidFixtures.read(response.body()).get("id").asLong();
    }

    static String uploadPath(long id, String type) {
        return "/app/aid/items/" + id + "/dossier/documents/" + type;
    }

    static Document tab(WebClient client, long id) {
        HttpResponse<String> page = client.get("/app/aid/items/" + id + "?tab=dossier");
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static String state(Document tab, String type) {
        return tab.select("#doc-" + type + " .dossier-state").text();
    }

    static JsonNode entry(JsonNode checklist, String type) {
        for (JsonNode entry : checklist.get("documents")) {
            if (entry.get("type").asString().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + checklist);
    }

    private JsonNode word(long id) {
        return entry(DossierFixtures.checklist(port, team.officer().token(), id), "PROJECT_DOCUMENT").get("versions")
                .get(0);
    }

    byte[] apiBytes(String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> apiIn(String language, String method, String path, String token, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?lang=" + language))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
