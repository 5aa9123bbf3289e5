package vn.vientro.interchange.importing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The IATI import through its pages and API: each test writes files with a fresh token (the database is shared). */
@VientroIntegrationTest
class IatiImportIntegrationTests {

    static final String IMPORTS = "/app/interchange/imports";
    private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

    @LocalServerPort
    int port;
    @Autowired
    IatiImportJobs jobs;
    @Autowired
    JdbcClient jdbc;

    private WebClient focal;
    private String token;

    @BeforeEach
    void signIn() {
        focal = Staff.focalPoint().browser(port);
        token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
    }

    @Test
    void readsAFileInTheBackgroundAndListsTheActivityTheSchemaRefusedWithItsLine() {
        String file = outOfSchema(ActivityStreamTests.activities(3).replace("XM-", "XM-" + token + "-"), 2);
        long id = upload("activities.xml", file);

        Element job = awaitJob(id);
        assertThat(job.attr("data-status")).as(job.text()).isEqualTo("READ");
        assertThat(job.text()).contains("Đã đọc 3 hoạt động: 2 hợp lệ, 1 sai lược đồ.");
        assertThat(job.select("section[aria-labelledby=refused-heading] tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.child(0).text()).isEqualTo("12");
            assertThat(row.child(1).text()).isEqualTo("XM-" + token + "-2");
            // the schema's complaint in the reader's language, with the validator's arguments
            assertThat(row.child(2).text()).startsWith("Dòng 13: Nội dung không hợp lệ bắt đầu từ phần tử «bogus».");
        });
        assertThat(Jsoup.parse(focal.get(IMPORTS + "/" + id + "?lang=en").body()).select("section[aria-labelledby=refused-heading] tbody tr")
                .text()).contains("Line 13: Invalid content was found starting with element 'bogus'.");
        focal.get(IMPORTS + "?lang=vi");
        // the whole page shows the same job after a reload
        assertThat(Jsoup.parse(focal.get(IMPORTS + "/" + id).body()).getElementById("import-job").attr("data-status"))
                .isEqualTo("READ");
    }

    @Test
    void refusesAFileWithADoctypeWithoutReadingItsEntities() {
        long id = upload("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&x;</iati-identifier>
                </iati-activity></iati-activities><!--""" + token + "-->");
        Element job = awaitJob(id);
        assertThat(job.attr("data-status")).isEqualTo("FAILED");
        assertThat(job.text()).contains("Tệp có khai báo DTD").doesNotContain("root:");
    }

    @Test
    void refusesVersionOneClearly() {
        long id = upload("old.xml", "<iati-activities version=\"1.05\"><iati-activity/></iati-activities><!--"
                + token + "-->");
        assertThat(awaitJob(id).text()).contains("phiên bản 1.05", "2.01 trở lên");
    }

    @Test
    void letsOnlyOneImportOfTheSameFileReadAtATime() {
        String hash = "test-" + token;
        assertThat(jobs.create("a.xml", hash, 10, "test")).isPresent();
        assertThat(jobs.create("a.xml", hash, 10, "test")).isEmpty();
    }

    @Test
    void keepsTheImportFromWhoMayNotImport() {
        WebClient officer = Staff.officer().browser(port);
        assertThat(officer.get(IMPORTS).statusCode()).isEqualTo(403);
    }

    @Test
    void countsTheActivitiesOfAFileReadAndMatchedInSeveralBatches() {
        String file = outOfSchema(ActivityStreamTests.activities(453).replace("XM-", "XM-" + token + "-"), 150, 451);
        long id = upload("activities.xml", file);

        Element job = awaitJob(id);
        assertThat(job.attr("data-status")).as(job.text()).isEqualTo("READ");
        assertThat(job.text()).contains("Đã đọc 453 hoạt động: 451 hợp lệ, 2 sai lược đồ.");
        assertThat(jobs.find(id).orElseThrow().compared()).isEqualTo(451); // matched in two pages
    }

    @Test
    void showsTheMatchingAfterTheReadingWithTheActivitiesMatchedSoFar() {
        long id = upload("activities.xml", ActivityStreamTests.activities(4).replace("XM-", "XM-" + token + "-"));
        assertThat(awaitJob(id).attr("data-status")).isEqualTo("READ");
        // the job as its page finds it between two pages of its matching
        jdbc.sql("update interchange.import_job set status = 'READING', compared_count = 1 where id = :id")
                .param("id", id).update();
        try {
            Element job = Jsoup.parseBodyFragment(focal.get(IMPORTS + "/" + id, HTMX).body())
                    .getElementById("import-job");
            assertThat(job.getElementById("import-progress-label").text())
                    .isEqualTo("Đang đối chiếu với các khoản viện trợ: 1 trên 4 hoạt động hợp lệ.");
            assertThat(job.selectFirst("[role=progressbar]").attr("aria-valuenow")).isEqualTo("25");
        } finally {
            jdbc.sql("update interchange.import_job set status = 'READ' where id = :id").param("id", id).update();
        }
    }

    @Test
    void startsAnImportOverTheApiAndReportsItsProgressAndActivities() throws Exception {
        String file = ActivityStreamTests.activities(2).replace("XM-", "XM-" + token + "-");
        HttpResponse<String> started = multipart(Staff.focalPoint().token(), file);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plusSeconds(60);
        String body;
        do {
            Thread.sleep(100);
            body = WebClient.api(port, "GET", location, Staff.focalPoint().token(), null).body();
            assertThat(Instant.now()).isBefore(deadline);
        } while (body.contains("\"READING\""));
        assertThat(body).contains("\"status\":\"READ\"", "\"activities\":2", "\"compared\":2",
                "\"identifier\":\"XM-" + token + "-1\"");
        assertThat(multipart(Staff.officer().token(), file).statusCode()).isEqualTo(403);
    }

    /** The file with an element the schema does not know in each of these activities (by their number). */
    private String outOfSchema(String file, int... activities) {
        for (int activity : activities) {
            String identifier = "<iati-identifier>XM-" + token + "-" + activity + "</iati-identifier>";
            file = file.replace(identifier, identifier + "<bogus/>");
        }
        return file;
    }

    private HttpResponse<String> multipart(String apiToken, String file) throws Exception {
        String boundary = "----iati-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/iati/imports")).header("Authorization", "Bearer " + apiToken)
                .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    long upload(String fileName, String content) {
        return upload(focal, fileName, content);
    }

    /** Uploads a file through the page as {@code user}, as a person would; returns its job. */
    static long upload(WebClient user, String fileName, String content) {
        user.get(IMPORTS);
        HttpResponse<String> response = user.postFile(IMPORTS, "file", fileName, "application/xml",
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = WebClient.location(response);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Uploads a file through the page as {@code user} and waits until it is read; returns its job. */
    static long uploadAndRead(WebClient user, String content) {
        long id = upload(user, "a.xml", content);
        Element job = awaitJob(user, id);
        assertThat(job.attr("data-status")).as(job.text()).isEqualTo("READ");
        return id;
    }

    Element awaitJob(long id) {
        return awaitJob(focal, id);
    }

    /** Polls the job fragment as the page's htmx does, as {@code user}, until the job no longer runs. */
    static Element awaitJob(WebClient user, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> response = user.get(IMPORTS + "/" + id, HTMX);
            assertThat(response.statusCode()).isEqualTo(200);
            Element job = Jsoup.parseBodyFragment(response.body()).getElementById("import-job");
            if (!List.of("READING", "APPLYING").contains(job.attr("data-status"))) {
                return job;
            }
            assertThat(Instant.now()).as("job " + id + " still running").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
