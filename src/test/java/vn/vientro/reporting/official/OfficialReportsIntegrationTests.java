package vn.vientro.reporting.official;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.official.ReportDocument.ReportTable;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.money.MoneyFixtures.today;

/**
 * The official reports against hand-computed figures (each test with its own donor, mixed currencies), read back as
 * Excel with POI and as PDF with PDFBox; one page of each report is drawn to {@code target/official-*.png} to be
 * looked at. Roles through the pages and the downloads.
 */
@VientroIntegrationTest
class OfficialReportsIntegrationTests {

    static final String EUR_AT_27000_5 = ", \"statedRate\": 27000.5, \"statedRateDate\": \"%s\", "
            + "\"statedRateSource\": \"Giấy báo có số 15/VCB\"";

    @LocalServerPort
    int port;
    @Autowired
    OfficialReports reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void receiptAndUseAddsUpMixedCurrenciesAndReadsBackAsExcelAndPdf() throws Exception {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long id = items.itemIn(AidStatus.APPROVED);
        String token = team.officer().token();
        created(items.post(id, token, "COMMITMENT", today(), "2000", "EUR", EUR_AT_27000_5.formatted(today())));
        created(items.post(id, token, "DISBURSEMENT", today(), "1000", "EUR", EUR_AT_27000_5.formatted(today())));
        created(items.post(id, token, "DISBURSEMENT", today(), "1000001", "VND", ""));
        created(items.post(id, token, "EXPENDITURE", today(), "500000", "VND", ""));
        created(items.post(id, token, "COMMITMENT", today(), "3000000", "VND", ", \"funding\": \"COUNTERPART\""));
        ReportingPeriod month = ReportingPeriod.months(YearMonth.from(today()), YearMonth.from(today()));

        ReportDocument document = team.focal().acting(() -> reports.draft(OfficialReport.AID_RECEIPT, month));

        List<String> donorRow = row(table(document, "byOrganisation"), team.donor().nameVi());
        assertThat(donorRow.subList(1, 10)).as("items, committed, received, spent, counterpart")
                .extracting(BigDecimal::new).usingElementComparator(BigDecimal::compareTo).startsWith(
                        new BigDecimal("1"), new BigDecimal("54001000"));
        assertThat(new BigDecimal(donorRow.get(4))).as("27,000,500 + 1,000,001").isEqualByComparingTo("28000501");
        assertThat(new BigDecimal(donorRow.get(6))).isEqualByComparingTo("500000");
        assertThat(new BigDecimal(donorRow.get(8))).isEqualByComparingTo("3000000");
        assertThat(table(document, "rates").rows()).anySatisfy(rate -> {
            assertThat(rate.get(0)).isEqualTo("EUR");
            assertThat(new BigDecimal(rate.get(4))).isEqualByComparingTo("27000.5");
        });

        String query = "?period=" + month.code();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(team.focal(), "/app/reporting/reports/aid-receipt/xlsx" + query)))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            Sheet organisations = workbook.getSheetAt(4);
            assertThat(organisations.getSheetName()).startsWith("4. Theo tổ chức");
            Row heading = organisations.getRow(3);
            assertThat(heading.getCell(0).getStringCellValue()).isEqualTo("Tổ chức");
            assertThat(heading.getCell(2).getStringCellValue()).isEqualTo("Cam kết (VND)");
            assertThat(organisations.getPaneInformation().isFreezePane()).isTrue();
            assertThat(organisations.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            Row mine = rowStarting(organisations, team.donor().nameVi());
            assertThat(mine.getCell(2).getNumericCellValue()).isEqualTo(54001000d);
            Row total = rowStarting(organisations, "Tổng cộng");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(C5:C");
            assertThat(workbook.getPrintArea(4)).contains("$A$1:$J$");
            assertThat(organisations.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(organisations.getPrintSetup().getLandscape()).isTrue();
            assertThat(organisations.getRepeatingRows()).isNotNull();
        }
        byte[] pdf = download(team.focal(), "/app/reporting/reports/aid-receipt/pdf" + query);
        try (PDDocument document1 = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document1).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("BÁO CÁO TÌNH HÌNH TIẾP NHẬN VÀ SỬ DỤNG VIỆN TRỢ PHI CHÍNH PHỦ NƯỚC NGOÀI")
                    .contains("Kính gửi: Bộ Tài chính").contains("54.001.000").contains("28.000.501")
                    .contains("Tỷ giá sử dụng để quy đổi").contains("Nơi nhận").contains("TM. ỦY BAN NHÂN DÂN");
        }
    }

    @Test
    void everyReportPreviewsAndDownloadsInTheStateLayout() throws Exception {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long id = items.itemIn(AidStatus.APPROVED);
        created(items.post(id, team.officer().token(), "COMMITMENT", today(), "25000", "USD", ""));
        String code = jdbc.sql("select code from aid.aid_item where id = :id").param("id", id).query(String.class)
                .single();
        String query = "?period=" + today().getYear();
        WebClient focal = team.focal().browser(port);
        assertThat(focal.get("/app/reporting/reports" + query).body()).contains("Báo cáo định kỳ của tỉnh")
                .contains("/app/reporting/reports/five-year?period=" + today().getYear());
        for (OfficialReport report : OfficialReport.values()) {
            String base = "/app/reporting/reports/" + report.slug();
            assertThat(focal.get(base + query).body()).contains("hx-get=\"" + base + "/body" + query + "\"")
                    .contains("Đang lập báo cáo");
            String body = focal.get(base + "/body" + query).body();
            assertThat(body).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Nơi nhận");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    download(team.focal(), base + "/xlsx" + query)))) {
                assertThat(workbook.getNumberOfSheets()).isGreaterThan(2);
            }
            try (PDDocument pdf = Loader.loadPDF(download(team.focal(), base + "/pdf" + query))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("Độc lập - Tự do - Hạnh phúc").contains("Năm " + today().getYear());
                if (report == OfficialReport.APPROVALS) {
                    assertThat(text.replace(" ", "")).contains(code);
                }
                if (report == OfficialReport.FIVE_YEAR) {
                    assertThat(text).contains(Integer.toString(today().getYear() - 4));
                }
                BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 80);
                File target = new File("target/official-" + report.slug() + ".png");
                ImageIO.write(page, "png", target);
            }
        }
    }

    @Test
    void rolesGovernPagesDownloadsAndIssuing() throws Exception {
        String preview = "/app/reporting/reports/aid-receipt?period=2026-H1";
        String pdf = "/app/reporting/reports/aid-receipt/pdf?period=2026-H1";
        for (Staff reader : List.of(Staff.appraiser(), Staff.leader(), Staff.focalPoint())) {
            assertThat(status(reader, preview)).as(reader.role().name()).isEqualTo(200);
            assertThat(status(reader, pdf)).as(reader.role().name()).isEqualTo(200);
        }
        for (Staff other : List.of(Staff.officer(), Staff.police(), Staff.admin())) {
            assertThat(status(other, "/app/reporting/reports")).as(other.role().name()).isEqualTo(403);
            assertThat(status(other, pdf)).as(other.role().name()).isEqualTo(403);
            assertThat(status(other, "/app/reporting/periods")).as(other.role().name()).isEqualTo(403);
        }
        WebClient leader = Staff.leader().browser(port);
        leader.get(preview);
        assertThat(leader.post("/app/reporting/reports/aid-receipt/issue?period=2026-H1",
                Map.of("number", "L-" + System.nanoTime())).statusCode()).isEqualTo(403);
        assertThat(leader.get(preview).body()).doesNotContain("name=\"number\"");
        WebClient focal = Staff.focalPoint().browser(port);
        assertThat(focal.get(preview).body()).contains("name=\"number\"");
        assertThat(focal.get("/app/monitoring/rules").body()).as("the duties link the province's reports")
                .contains("id=\"province-reports\"").contains("href=\"/app/reporting/reports/aid-receipt\"");
        assertThat(Staff.officer().browser(port).get("/app/monitoring/rules").body())
                .doesNotContain("id=\"province-reports\"");
    }

    static ReportTable table(ReportDocument document, String key) {
        return document.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    static List<String> row(ReportTable table, String first) {
        return table.rows().stream().filter(r -> r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + table.rows()));
    }

    static Row rowStarting(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    byte[] download(Staff who, String path) throws Exception {
        HttpResponse<byte[]> response = get(who, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    int status(Staff who, String path) throws Exception {
        return get(who, path).statusCode();
    }

    private HttpResponse<byte[]> get(Staff who, String path) throws Exception {
        String cookie = "SESSION=" + who.browser(port).cookie("SESSION").orElseThrow();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    static Map<String, String> form(Map<String, String> fields) {
        return new HashMap<>(fields);
    }
}
