package vn.vientro.mobilisation.catalogue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.CatalogueVersions;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.Needs;
import vn.vientro.mobilisation.need.CatalogueNeeds;
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The approved catalogue as the official Excel table and as the bilingual PDF brochure, read back as a reader gets
 * them over HTTP: Vietnamese intact, totals right, and nothing an agency's officer may not see.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueExportsIntegrationTests {

    static final String MINE = "Hệ thống nước sạch cho trường học vùng cao";
    static final String THEIRS = "Trường mầm non bán trú cho con em công nhân";
    static final String UNAPPROVED = "Nhà văn hóa thôn chưa được phê duyệt";

    @LocalServerPort
    int port;

    @Autowired
    CatalogueNeeds needs;

    Staff own;
    Staff other;
    long approved;

    @BeforeAll
    void anApprovedVersionOfTwoAgenciesNeedsAndAnotherAgencysNeedsOutsideIt() throws Exception {
        own = Staff.officerOf(ProvinceAgencies.newLineDepartment().id());
        other = Staff.officerOf(ProvinceAgencies.newCommune().id());
        Staff appraiser = Staff.appraiser();
        long mine = Needs.aNeedOf(own).titled(MINE, "Clean water for upland schools").draft();
        byte[] photo = photo();
        own.acting(() -> needs.attach(mine, "hien-trang.png", photo));
        Needs.take(own, mine, NeedAction.SUBMIT, NeedStep.none());
        Needs.take(appraiser, mine, NeedAction.ACCEPT, NeedStep.none());
        long theirs = Needs.aNeedOf(other).titled(THEIRS, "Day care for workers' children").accepted(appraiser);
        approved = CatalogueVersions.approving("88/QĐ-UBND", Today.inProvince().minusDays(1), mine, theirs);
        long accepted = Needs.aNeedOf(other).titled(UNAPPROVED, "A village hall not yet approved").accepted(appraiser);
        Needs.aNeedOf(other).titled(UNAPPROVED, "A village hall not yet approved").submitted();
        CatalogueVersions.draft(CatalogueVersions.aPeriod(), accepted);
    }

    @Test
    void theExcelTableReadsBackInVietnameseWithItsTotals() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(own, "/app/mobilisation/catalogues/versions/" + approved + "/catalogue.xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("DANH MỤC DỰ ÁN KÊU GỌI VẬN ĐỘNG VIỆN TRỢ GIAI ĐOẠN");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("Quyết định số 88/QĐ-UBND");
            assertThat(texts(sheet.getRow(3))).containsExactly("STT", "Tên dự án", "Địa điểm", "Lĩnh vực", "Mục tiêu",
                    "Tổng vốn (đồng)", "Vốn đối ứng (đồng)", "Cơ quan đề xuất");
            String all = text(sheet);
            assertThat(all).contains(MINE).contains(THEIRS).doesNotContain(UNAPPROVED);
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("2 dự án");
            assertThat(totals.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(9_000_000_000d);
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(900_000_000d);
            assertThat(totals.getCell(5).getCellStyle().getDataFormatString()).contains("₫");
        }
    }

    @Test
    void anEnglishReaderGetsAnEnglishWorkbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(own, "/app/mobilisation/catalogues/versions/" + approved + "/catalogue.xlsx?lang=en")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(3))).startsWith("No.", "Project title", "Location");
            assertThat(text(sheet)).contains("Clean water for upland schools").doesNotContain(MINE);
        }
    }

    @Test
    void theBrochureReadsBackInBothLanguagesOnA4PagesWithThePhoto() throws Exception {
        byte[] brochure = download(other, "/app/mobilisation/catalogues/versions/" + approved + "/brochure.pdf");
        try (PDDocument pdf = Loader.loadPDF(brochure)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "); // lines wrap as the page does
            assertThat(text).contains("DANH MỤC DỰ ÁN KÊU GỌI VẬN ĐỘNG VIỆN TRỢ")
                    .contains("Catalogue of projects calling for aid").contains(MINE).contains(THEIRS)
                    .contains("Clean water for upland schools").contains("Tổng vốn").contains("Vốn đối ứng")
                    .contains("4.500.000.000").contains("Đầu mối liên hệ").doesNotContain(UNAPPROVED);
            // cover, contents, one page per project, the focal point's contact page
            assertThat(pdf.getNumberOfPages()).isEqualTo(5);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            }
            List<Integer> imagesPerPage = new ArrayList<>();
            pdf.getPages().forEach(page -> imagesPerPage.add(images(page)));
            assertThat(imagesPerPage.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        }
    }

    @Test
    void aDraftIsExportedToNoOneAndAnAgencyNeverSeesOneThroughTheExports() throws Exception {
        long draft = CatalogueVersions.draft(CatalogueVersions.aPeriod());
        for (String export : List.of("/catalogue.xlsx", "/brochure.pdf")) {
            assertThat(status(own, "/app/mobilisation/catalogues/versions/" + draft + export)).isEqualTo(403);
            assertThat(status(Staff.leader(), "/app/mobilisation/catalogues/versions/" + draft + export))
                    .isEqualTo(409);
        }
    }

    static int images(PDPage page) {
        return (int) java.util.stream.StreamSupport.stream(page.getResources().getXObjectNames().spliterator(), false)
                .count();
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach((Cell cell) -> text.append(cell.toString()).append('|')));
        return text.toString();
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

    static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 120; x++) {
            for (int y = 0; y < 80; y++) {
                image.setRGB(x, y, x < 60 ? 0x2E7D32 : 0x1565C0);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
