package vn.vientro.registry.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vientro.registry.importing.ImportPages.IMPORT;

/** What the import refuses, who may use it, and how it reports progress. */
@VientroIntegrationTest
class ImportSafetyIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationImports imports;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportTemplate template;
    @Autowired
    ImportVocabulary vocabulary;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void forgetTestAuthentication() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesAPdfOrPictureRenamedToXlsxAFileOverTenMegabytesAndAZipBombWithAClearMessage() {
        ImportPages admin = new ImportPages(Staff.admin().browser(port));
        long jobsBefore = jobCount();
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        byte[] big = new byte[SpreadsheetReader.MAX_BYTES + 1];

        assertThat(fileError(admin.upload("to-chuc.xlsx", pdf))).startsWith("Tệp không phải bảng tính .xlsx hoặc .csv")
                .contains("application/pdf");
        assertThat(fileError(admin.upload("to-chuc.xlsx", png))).contains("image/png");
        assertThat(fileError(admin.upload("to-chuc.csv", big))).isEqualTo("Tệp lớn hơn 10 MB: hãy chia thành nhiều tệp nhỏ hơn.");
        assertThat(fileError(admin.upload("to-chuc.xlsx", OrganisationSheets.zipBomb(200))))
                .isEqualTo("Tệp bị từ chối vì khi giải nén lớn bất thường so với kích thước tệp (có thể là tệp độc hại).");
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    void officersAndLeadersMayNeitherOpenUploadNorConfirmAnImport() {
        long job = new ImportPages(Staff.focalPoint().browser(port)).uploadAndCheck("one.csv",
                OrganisationSheets.csv(',', OrganisationSheets.CODES, List.of(List.of("FOREIGN_NGO", "Forbidden test"))));
        for (Staff staff : List.of(Staff.officer(), Staff.leader())) {
            String username = staff.username();
            WebClient client = staff.browser(port);
            assertThat(client.get(IMPORT).statusCode()).as(username).isEqualTo(403);
            assertThat(client.get(IMPORT + "/template.xlsx").statusCode()).as(username).isEqualTo(403);
            assertThat(client.get(IMPORT + "/" + job).statusCode()).as(username).isEqualTo(403);
            client.get("/app");
            assertThat(client.postFile(IMPORT, "file", "x.csv", "text/csv", "name_original\nX\n".getBytes(StandardCharsets.UTF_8))
                    .statusCode()).as(username).isEqualTo(403);
            assertThat(client.post(IMPORT + "/" + job + "/confirm", Map.of()).statusCode()).as(username).isEqualTo(403);
        }
        assertThat(jdbc.sql("select status from registry.import_job where id = :id").param("id", job)
                .query(String.class).single()).isEqualTo("CHECKED");
    }

    @Test
    void theServiceItselfRefusesNonWriters() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("officer",
                null, List.of(new SimpleGrantedAuthority("ROLE_AGENCY_OFFICER"))));

        assertThatThrownBy(() -> imports.upload("x.csv", "name_original\nX\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.confirm(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theProgressEndpointReportsProcessedOfTotalRowsWhileAJobRunsAndStopsPollingWhenItEnds() {
        Staff focalPoint = Staff.focalPoint();
        ImportPages focal = new ImportPages(focalPoint.browser(port));
        long running = jdbc.sql("""
                insert into registry.import_job (status, file_name, total_rows, processed_rows, created_by)
                values ('IMPORTING', 'lon.xlsx', 120, 30, :focal) returning id
                """).param("focal", focalPoint.username()).query(Long.class).single();

        Element job = focal.fragment(running);
        Element bar = job.selectFirst("[role=progressbar]");
        assertThat(bar).isNotNull();
        assertThat(bar.attr("aria-valuenow")).isEqualTo("30");
        assertThat(bar.attr("aria-valuemax")).isEqualTo("120");
        assertThat(bar.attr("aria-valuetext")).isEqualTo("30 trên 120 dòng (25 %)");
        assertThat(job.text()).contains("Đang nhập: 30/120 dòng");
        assertThat(job.attr("hx-trigger")).isEqualTo("every 1s");

        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(List.of("FOREIGN_NGO", "Progress " + i + " " + running));
        }
        long checked = focal.uploadAndCheck("many.csv", OrganisationSheets.csv(',', OrganisationSheets.CODES, rows));
        Element done = focal.fragment(checked);
        assertThat(done.hasAttr("hx-trigger")).isFalse();
        assertThat(done.select("[role=progressbar]")).isEmpty();
        assertThat(jdbc.sql("select processed_rows || '/' || total_rows from registry.import_job where id = :id")
                .param("id", checked).query(String.class).single()).isEqualTo("60/60");
    }

    @Test
    void progressIsCommittedOnItsOwnSoEveryNodeSeesItWhileTheImportTransactionIsOpen() {
        long id = jdbc.sql("""
                insert into registry.import_job (status, file_name, total_rows, created_by)
                values ('IMPORTING', 'open.xlsx', 100, 'focal') returning id
                """).query(Long.class).single();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jobs.progress(id, 40);
            assertThat(CompletableFuture.supplyAsync(() -> jdbc.sql(
                    "select processed_rows from registry.import_job where id = :id").param("id", id)
                    .query(Integer.class).single()).join()).isEqualTo(40);
            status.setRollbackOnly();
        });
    }

    @Test
    void aJobThatStoppedReportingIsShownAsInterrupted() {
        Staff focalPoint = Staff.focalPoint();
        ImportPages focal = new ImportPages(focalPoint.browser(port));
        long stale = jdbc.sql("""
                insert into registry.import_job (status, file_name, total_rows, processed_rows, created_by, updated_at)
                values ('IMPORTING', 'lost.xlsx', 10, 5, :focal, now() - interval '11 minutes') returning id
                """).param("focal", focalPoint.username()).query(Long.class).single();

        Element job = focal.fragment(stale);

        assertThat(job.attr("data-status")).isEqualTo("INTERRUPTED");
        assertThat(job.text()).contains("Việc nhập bị gián đoạn");
    }

    @Test
    void offersBothTemplatesWithVietnameseHeadersAndTheLinkOnlyToWriters() {
        WebClient focal = Staff.focalPoint().browser(port);
        HttpResponse<String> csv = focal.get(IMPORT + "/template.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFLoại tổ chức,Tên gốc,Tên tiếng Việt,");
        assertThat(focal.get(IMPORT + "/template.xlsx").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(Jsoup.parse(focal.get("/app/registry/organisations").body()).select("#content a[href$=/import]"))
                .hasSize(1);
        assertThat(Jsoup.parse(Staff.officer().browser(port).get("/app/registry/organisations").body())
                .select("a[href$=/import]")).isEmpty();
    }

    @Test
    void bothTemplatesReadBackWithEveryColumnRecognised() throws Exception {
        Locale vi = Locale.forLanguageTag("vi");
        byte[] csv = (new String(template.csv(vi), StandardCharsets.UTF_8) + "FOREIGN_NGO,Mẫu CSV\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.xlsx(vi)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Tổ chức");
            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            Row row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue("FOREIGN_NGO");
            row.createCell(1).setCellValue("Mẫu Excel");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        for (byte[] file : List.of(csv, xlsx)) {
            ImportFile read = ImportFile.read(file, vocabulary);
            assertThat(read.headerProblems()).isEmpty();
            assertThat(read.rows()).singleElement().satisfies(row -> assertThat(row.text(ImportColumn.NAME_ORIGINAL))
                    .startsWith("Mẫu"));
        }
    }

    private static String fileError(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        Element error = Jsoup.parse(response.body()).getElementById("file-error");
        assertThat(error).as(response.body()).isNotNull();
        return error.text();
    }

    private long jobCount() {
        return jdbc.sql("select count(*) from registry.import_job").query(Long.class).single();
    }
}
