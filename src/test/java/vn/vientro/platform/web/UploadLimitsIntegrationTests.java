package vn.vientro.platform.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.DossierFixtures;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload is held to its path's limit before any handler reads it: 26 MB is too large for a dossier document (every
 * upload's 25 MB) but not for an IATI activity file (100 MB, read as a stream), through the API and the page alike;
 * the refusal says the limit, or what to do on a page.
 */
@VientroIntegrationTest
class UploadLimitsIntegrationTests {

    static final int MB = 1024 * 1024;
    static final AidTeam team = new AidTeam();
    static final AidFixtures items = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Test
    void anIatiFileOfTwentySixMegabytesIsTakenThroughTheApiAndThePage() throws Exception {
        HttpResponse<String> api = post("/api/v1/iati/imports", Staff.focalPoint().token(), iatiFile(26 * MB, "api"),
                "a.xml", "application/xml");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(202);

        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/interchange/imports");
        HttpResponse<String> page = focal.postFile("/app/interchange/imports", "file", "b.xml", "application/xml",
                iatiFile(26 * MB, "page"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(302);
        assertThat(WebClient.location(page)).matches(".*/app/interchange/imports/\\d+");
    }

    @Test
    void anyOtherFileOverTwentyFiveMegabytesIsRefusedBeforeItsHandlerWithTheLimitInWords() throws Exception {
        long item = items.draftProject(port, "Giếng nước cho bản Khe Rỗ " + UUID.randomUUID());
        // a little over the limit: the request's length passes, its file is measured when parsed; far over it: the
        // request is refused by its length before anything reads it
        for (int size : new int[] {25 * MB + MB / 2, 30 * MB}) {
            byte[] pdf = java.util.Arrays.copyOf(Samples.pdf("lon"), size);

            HttpResponse<String> api = DossierFixtures.upload(port, team.officer().token(), item,
                    "REQUEST_FOR_APPROVAL", "proposal.pdf", pdf, null);

            assertThat(api.statusCode()).as(api.body()).isEqualTo(413);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(api.body()).contains("\"status\":413", "\"detail\":\"Mỗi tệp gửi lên ở đây tối đa 25 MB.\"");
        }
        assertThat(DossierFixtures.checklist(port, team.officer().token(), item).path("entries")).allSatisfy(entry ->
                assertThat(entry.path("versions").size()).isZero());
    }

    @Test
    void aPageSaysTheFileIsTooLargeAndHowToGoOn() {
        WebClient focal = Staff.focalPoint().browser(port);
        for (int size : new int[] {25 * MB + MB / 2, 30 * MB}) {
            focal.get("/app/registry/organisations/import");
            HttpResponse<String> page = focal.postFile("/app/registry/organisations/import", "file", "to-chuc.csv",
                    "text/csv", new byte[size]);

            assertThat(page.statusCode()).isEqualTo(413);
            assertThat(page.body()).contains("Tệp gửi lên quá lớn", "giới hạn ghi ngay dưới ô chọn tệp");
        }
    }

    @Test
    void aLargeFileOnItsOwnPathRefusedForAnotherReasonGetsThatReasonsPage() {
        WebClient focal = Staff.focalPoint().browser(port); // signed in: the sign-in page's CSRF token is spent
        HttpResponse<String> page = focal.postFile("/app/interchange/imports", "file", "c.xml", "application/xml",
                iatiFile(30 * MB, "stale"));

        assertThat(page.statusCode()).isEqualTo(403);
    }

    /** An empty activity file padded to {@code size} bytes with a comment: the reader takes it, nothing to match. */
    private static byte[] iatiFile(int size, String tag) {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\"><!-- " + tag
                + UUID.randomUUID() + " ";
        String tail = " --></iati-activities>\n";
        ByteArrayOutputStream file = new ByteArrayOutputStream(size);
        file.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        byte[] padding = new byte[size - head.length() - tail.length()];
        java.util.Arrays.fill(padding, (byte) 'x');
        file.writeBytes(padding);
        file.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return file.toByteArray();
    }

    private HttpResponse<String> post(String path, String token, byte[] content, String fileName, String type)
            throws Exception {
        String boundary = "----limits-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 500);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
