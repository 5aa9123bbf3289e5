package vn.vientro.aid.appraisal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.DossierFixtures;
import vn.vientro.identity.AgencyView;
import vn.vientro.shared.DateText;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drafts of an item taken through its appraisal and approval, read back with XWPF: they state what was recorded
 * on the way (the report's number and date, the conclusion, the count of opinions, the submission, the decision's
 * number and signer), name the heads by the titles the agencies' data gives, and never double a full stop.
 */
@VientroIntegrationTest
class RecordedDraftsIntegrationTests {

    private static final String CONCLUSION =
            "Đủ điều kiện phê duyệt; đề nghị bổ sung kế hoạch đào tạo cho trạm y tế xã.";

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    @Test
    void theDraftsStateWhatTheAppraisalAndTheDecisionRecorded() throws IOException {
        AppraisalItems items = new AppraisalItems(port, team);
        String ownerHead = stateOwnersHead();
        AppraisalItems.Item item = items.underAppraisal("officer", team.owner().id(),
                "Nâng cao năng lực chăm sóc sức khỏe ban đầu tại xã.");
        List<Long> asked = items.ask(item.id(), Today.inProvince().toString(), new String[] {"OWNER", "SECTOR"},
                new String[] {"CA-TINH", "SECURITY"});
        assertThat(items.answer(item.id(), asked.get(0), "officer", "AGREE_WITH_CONDITIONS", "Bổ sung đào tạo")
                .statusCode()).isEqualTo(200);
        assertThat(items.answer(item.id(), asked.get(1), "police", "AGREE", "").statusCode()).isEqualTo(200);
        LocalDate today = Today.inProvince();
        moveOk(items, item, "conclude-appraisal", "appraiser", Map.of("recommendation", "APPROVE_WITH_CONDITIONS",
                "reason", CONCLUSION, "referenceNumber", "125/BC-STC", "referenceDate", today.toString()));

        String report = text(items, item, "appraisal-report.docx");

        assertThat(report).contains("Số: 125/BC-STC",
                        "Kết luận thẩm định: Đề nghị phê duyệt có điều kiện. " + CONCLUSION,
                        "Đã lấy 2 ý kiến, trong đó 1 ý kiến đồng ý có điều kiện, 1 ý kiến gửi kèm theo chế độ mật.",
                        "5. Mục tiêu: Nâng cao năng lực chăm sóc sức khỏe ban đầu tại xã.", "GIÁM ĐỐC")
                .doesNotContain("…/BC-STC", "..");

        DossierFixtures.completeForDecision(port, team.appraiser().token(), item.id());
        moveOk(items, item, "propose-decision", "appraiser",
                Map.of("referenceNumber", "45/TTr-STC", "referenceDate", today.toString()));
        moveOk(items, item, "approve", "leader", Map.of("referenceNumber", "12/QĐ-UBND",
                "referenceDate", today.toString(), "signer", "Nguyễn Văn Chủ tịch"));

        String decision = text(items, item, "decision.docx");

        assertThat(decision).contains("Số: 12/QĐ-UBND", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
                        "Theo đề nghị của Giám đốc Sở Tài chính tỉnh Phú Thọ tại Báo cáo kết quả thẩm định số"
                                + " 125/BC-STC ngày " + DateText.of(today) + " và Tờ trình số 45/TTr-STC ngày "
                                + DateText.of(today) + ".", ", " + ownerHead + " và các cơ quan, đơn vị có liên quan",
                        "5. Mục tiêu: Nâng cao năng lực chăm sóc sức khỏe ban đầu tại xã.", "Nguyễn Văn Chủ tịch")
                .doesNotContain("…/QĐ-UBND", "…/BC-STC", "Thủ trưởng", "..");
    }

    /** The owner's head as its administrator states it, unlike the title usual for a department. */
    private String stateOwnersHead() {
        AgencyView owner = team.owner();
        String title = "Giám đốc " + owner.nameVi() + " tỉnh Phú Thọ";
        HttpResponse<String> stated = WebClient.api(port, "PUT", "/api/v1/agencies/" + owner.id(),
                team.admin().token(), """
                        {"version":%d,"code":"%s","nameVi":"%s","kind":"LINE_DEPARTMENT","headTitleVi":"%s"}"""
                        .formatted(owner.version(), owner.code(), owner.nameVi(), title));
        assertThat(stated.statusCode()).as(stated.body()).isEqualTo(200);
        return title;
    }

    private static void moveOk(AppraisalItems items, AppraisalItems.Item item, String action, String user,
                               Map<String, String> fields) {
        HttpResponse<String> moved = items.move(item.id(), action, user, fields);
        assertThat(moved.statusCode()).as(action + ": " + moved.body()).isEqualTo(200);
    }

    private static String text(AppraisalItems items, AppraisalItems.Item item, String draft) throws IOException {
        HttpResponse<byte[]> response = items.download("/app/aid/items/" + item.id() + "/drafts/" + draft,
                "appraiser");
        assertThat(response.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
