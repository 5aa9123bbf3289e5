package vn.vientro.reporting.official;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.platform.VientroProperties;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official reports' files written in the background: asked for from the preview, followed on the job's page (and
 * its htmx part) to 100 %, downloaded by their owner only; a failure said in words; files past their time deleted.
 */
@VientroIntegrationTest
class ReportFilesIntegrationTests {

    private static final String BASE = "/app/reporting/reports";
    private static final Pattern JOB = Pattern.compile(BASE + "/files/(\\d+)$");

    @LocalServerPort
    int port;
    @Autowired
    ReportFileJobs jobs;
    @Autowired
    ReportFileRunner runner;
    @Autowired
    ReportFileExpiry expiry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VientroProperties properties;

    @Test
    void writesAPdfInTheBackgroundShowsItsProgressAndGivesItToItsOwnerOnly() throws Exception {
        Staff focal = Staff.focalPoint();
        WebClient web = focal.browser(port);
        String preview = web.get(BASE + "/five-year?period=2025").body();
        assertThat(preview).contains("action=\"" + BASE + "/five-year/files?period=2025&amp;format=pdf\"");

        long id = start(web, BASE + "/five-year/files?period=2025&format=pdf");
        String page = web.get(BASE + "/files/" + id).body();
        assertThat(page).as("the page is the job's, reloaded at will").contains("id=\"report-file\"");
        String done = awaitDone(web, id);
        assertThat(done).contains("data-percent=\"100\"").contains("id=\"report-file-download\"")
                .contains("Đã lập xong tệp bao-cao-five-year-2025-du-thao.pdf");
        assertThat(web.get(BASE + "/files/" + id, Map.of("HX-Request", "true")).body())
                .as("the htmx part alone").doesNotContain("<html").contains("data-status=\"DONE\"");

        HttpResponse<byte[]> file = get(focal, BASE + "/files/" + id + "/download");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(web.get(BASE).body()).as("the reports page lists the user's files")
                .contains("href=\"" + BASE + "/files/" + id + "\"");

        Staff otherReader = Staff.focalPoint();
        assertThat(get(otherReader, BASE + "/files/" + id).statusCode()).isEqualTo(403);
        assertThat(get(otherReader, BASE + "/files/" + id + "/download").statusCode()).isEqualTo(403);
        assertThat(otherReader.browser(port).get(BASE).body()).doesNotContain(BASE + "/files/" + id + "\"");
        assertThat(get(Staff.leader(), BASE + "/files/" + id + "/download").statusCode()).isEqualTo(403);
        assertThat(get(Staff.officer(), BASE + "/files/" + id).statusCode()).isEqualTo(403);
        assertThat(get(focal, BASE + "/files/" + (id + 1_000_000)).statusCode()).isEqualTo(404);
        assertThat(get(focal, BASE + "/files/" + (id + 1_000_000) + "/download").statusCode()).isEqualTo(404);
    }

    @Test
    void writesAnExcelWorkbookTheSameWay() throws Exception {
        Staff leader = Staff.leader();
        WebClient web = leader.browser(port);
        web.get(BASE + "/approvals?period=2025-H1");
        long id = start(web, BASE + "/approvals/files?period=2025-H1&format=xlsx");
        awaitDone(web, id);
        HttpResponse<byte[]> file = get(leader, BASE + "/files/" + id + "/download");
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
        }
    }

    @Test
    void aRefusedFormatOrReportIsNotFoundAndNonReadersAreRefused() throws Exception {
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get(BASE + "/approvals");
        assertThat(focal.post(BASE + "/approvals/files?period=2025&format=docx", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(focal.post(BASE + "/nothing/files?period=2025&format=pdf", Map.of()).statusCode()).isEqualTo(404);
        WebClient officer = Staff.officer().browser(port);
        officer.get("/app");
        assertThat(officer.post(BASE + "/approvals/files?period=2025&format=pdf", Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFailureIsSaidInWords() throws Exception {
        Staff focal = Staff.focalPoint();
        long id = jobs.create(OfficialReport.APPROVALS, "not-a-period", null, ReportFormat.PDF, focal.username());
        runner.run(id);
        String page = focal.browser(port).get(BASE + "/files/" + id).body();
        assertThat(page).contains("data-status=\"FAILED\"").contains("id=\"report-file-failure\"")
                .contains("Không lập được tệp báo cáo do lỗi hệ thống").doesNotContain("report-file-download");
        assertThat(get(focal, BASE + "/files/" + id + "/download").statusCode()).isEqualTo(404);
    }

    @Test
    void filesPastTheirTimeAreDeletedWithTheirJobs() throws Exception {
        Staff focal = Staff.focalPoint();
        WebClient web = focal.browser(port);
        web.get(BASE + "/five-year?period=2024");
        long id = start(web, BASE + "/five-year/files?period=2024&format=xlsx");
        awaitDone(web, id);
        Path file = properties.filesDir().resolve(jdbc.sql("select stored_as from reporting.report_file_job "
                + "where id = :id").param("id", id).query(String.class).single());
        assertThat(file).exists();
        jdbc.sql("update reporting.report_file_job set created_at = now() - interval '2 days' where id = :id")
                .param("id", id).update();

        assertThat(expiry.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(Files.exists(file)).isFalse();
        assertThat(get(focal, BASE + "/files/" + id).statusCode()).isEqualTo(404);
    }

    private static long start(WebClient web, String path) {
        HttpResponse<String> response = web.post(path, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Matcher matcher = JOB.matcher(WebClient.location(response));
        assertThat(matcher.find()).as(WebClient.location(response)).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Polls the job's part as the page does until it is done; the percentages seen never go back. */
    private static String awaitDone(WebClient web, long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int last = 0;
        while (System.nanoTime() < until) {
            String part = web.get(BASE + "/files/" + id, Map.of("HX-Request", "true")).body();
            Matcher percent = Pattern.compile("data-percent=\"(\\d+)\"").matcher(part);
            assertThat(percent.find()).as(part).isTrue();
            int now = Integer.parseInt(percent.group(1));
            assertThat(now).as("progress").isGreaterThanOrEqualTo(last);
            last = now;
            if (part.contains("data-status=\"DONE\"")) {
                return web.get(BASE + "/files/" + id).body();
            }
            assertThat(part).doesNotContain("data-status=\"FAILED\"");
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " not done in 90 s");
    }

    private HttpResponse<byte[]> get(Staff who, String path) throws Exception {
        String cookie = "SESSION=" + who.browser(port).cookie("SESSION").orElseThrow();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
