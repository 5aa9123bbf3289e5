package vn.vientro.aid.appraisal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The drafts read back with XWPF: the Decree 30/2020 layout, the item's content and legal basis, no secret. */
@VientroIntegrationTest
class AppraisalDraftsIntegrationTests {

    private static final String DATELINE = "Phú Thọ, ngày \\d{2} tháng (0[12]|[3-9]|1[012]) năm \\d{4}";

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    AppraisalItems items;
    AppraisalItems.Item item;

    @BeforeEach
    void setUp() {
        items = new AppraisalItems(port, team);
        item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-11-02", new String[] {"CA-TINH", "SECURITY", "Thẩm tra nhân sự"},
                new String[] {"OWNER", "SECTOR"}, new String[] {"VP-UBND", "FOREIGN_AFFAIRS"});
        items.answer(item.id(), ids.get(0), "police", "DISAGREE", "Nội dung an ninh tuyệt mật");
        items.answer(item.id(), ids.get(1), "officer", "AGREE_WITH_CONDITIONS", "Bổ sung kế hoạch đào tạo");
    }

    @Test
    void theAppraisalReportFollowsDecree30AndSummarisesTheOpinions() throws IOException {
        XWPFDocument report = download("appraisal-report.docx");
        String text = text(report);

        assertThat(text).contains("UBND TỈNH PHÚ THỌ", "SỞ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-STC", "BÁO CÁO", "Kết quả thẩm định khoản viện trợ "
                        + item.name(), "Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ.", "Nơi nhận:", "- Lưu: VT, ….")
                .containsPattern(DATELINE)
                .contains(dateline(Today.inProvince()))
                .contains("Ý kiến của " + team.owner().nameVi() + " (ngày ",
                "Đồng ý có điều kiện. Bổ sung kế hoạch đào tạo")
                .contains("Văn phòng Ủy ban nhân dân tỉnh Phú Thọ: chưa có ý kiến (hạn 16/11/2026).")
                .contains("Ý kiến của Công an tỉnh: gửi kèm theo chế độ mật")
                .doesNotContain("Thẩm tra nhân sự", "Nội dung an ninh tuyệt mật", "Không đồng ý");
        assertLayout(report);
    }

    @Test
    void theDecisionCitesTheItemsDecreeAndCarriesItsContent() throws IOException {
        XWPFDocument decision = download("decision.docx");
        String text = text(decision);

        assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Số: …/QĐ-UBND", "QUYẾT ĐỊNH",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.",
                        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nơi nhận:", "- Lưu: VT, ….")
                .containsPattern(DATELINE)
                .contains("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
                .contains("Căn cứ Nghị định số 313/2025/NĐ-CP ngày 08 tháng 12 năm 2025 của Chính phủ")
                .contains("Theo đề nghị của Giám đốc Sở Tài chính")
                .contains("Tên khoản viện trợ: " + item.name() + " (tên gốc: Primary Health Care Programme).",
                        "Chủ khoản viện trợ: " + team.owner().nameVi()
                        + ".", "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Phú Thọ.",
                        "Giá trị khoản viện trợ: 500.000 USD", "vốn đối ứng: 1.500.000.000 đồng, nguồn ngân sách tỉnh",
                        "Loại hình viện trợ: Chương trình", "Thời gian thực hiện: từ 01/01/2027 đến 31/12/2028.",
                        "Đối tượng thụ hưởng: Người dân trong xã (khoảng 12.000 người).")
                .doesNotContain("Nội dung an ninh tuyệt mật", "Thẩm tra nhân sự");
        assertLayout(decision);
    }

    private static String dateline(LocalDate day) {
        DraftModel.DocumentDate date = DraftModel.DocumentDate.of(day);
        return "Phú Thọ, ngày " + date.day() + " tháng " + date.month() + " năm " + date.year();
    }

    private void assertLayout(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
        List<XWPFRun> runs = document.getParagraphs().stream().map(XWPFParagraph::getRuns).flatMap(List::stream)
                .filter(run -> run.text() != null && !run.text().isBlank()).toList();
        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
        });
        XWPFParagraph dateline = document.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(dateline.getRuns().get(0).isItalic()).isTrue();
        assertThat(document.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold())
                .as("national title").isTrue();
    }

    private XWPFDocument download(String draft) throws IOException {
        HttpResponse<byte[]> response = items.download("/app/aid/items/" + item.id() + "/drafts/" + draft, "appraiser");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        return new XWPFDocument(new ByteArrayInputStream(response.body()));
    }

    private static String text(XWPFDocument document) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
