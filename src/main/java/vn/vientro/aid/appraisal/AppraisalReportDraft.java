package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;

/**
 * The draft appraisal report (báo cáo kết quả thẩm định) the lead sends to the People's Committee: the item in brief and
 * the opinions received. A security opinion is only named as sent under seal: classified content is never exported.
 */
@Component
class AppraisalReportDraft {

    private final AppraisalRules rules;
    private final DraftTexts texts;
    private final Agencies agencies;

    AppraisalReportDraft(AppraisalRules rules, DraftTexts texts, Agencies agencies) {
        this.rules = rules;
        this.texts = texts;
        this.agencies = agencies;
    }

    /**
     * @param opinions       the item's non-confidential requests (live ones)
     * @param sealedAgencies the agencies asked for a confidential opinion
     */
    byte[] write(AidItemView view, List<OpinionRequestView> opinions, List<Long> sealedAgencies, LocalDate today) {
        AppraisalRules.Report report = rules.drafts().report();
        AidItemRecord item = view.item();
        OfficialDocument document = new OfficialDocument();
        document.draftMark();
        document.header(List.of(report.issuerParent()), List.of(report.issuer()), "Số: …/" + report.symbol(),
                PlaceAndDate.of(rules.drafts().place(), today));
        document.title("BÁO CÁO", "Kết quả thẩm định khoản viện trợ " + item.nameVi());
        document.centred(14, false, "Kính gửi: " + report.addressee() + ".");
        document.body("Căn cứ hồ sơ đề nghị phê duyệt khoản viện trợ mã số " + item.code() + " do "
                + view.ownerAgencyName() + " nộp ngày " + DraftTexts.date(item.submittedOn())
                + " và ý kiến của các cơ quan liên quan, " + report.leadName()
                + " báo cáo kết quả thẩm định như sau:");
        document.body("I. ", "THÔNG TIN CHUNG VỀ KHOẢN VIỆN TRỢ");
        document.body("1. Tên khoản viện trợ: " + item.nameVi() + ".");
        document.body("2. Bên cung cấp viện trợ: " + view.donorName() + ".");
        document.body("3. Chủ khoản viện trợ: " + view.ownerAgencyName() + ".");
        document.body("4. Loại hình viện trợ: " + texts.label("aid.kind." + item.kind()) + "; hình thức: "
                + texts.label("aid.deliveryForm." + item.deliveryForm()) + ".");
        document.body("5. Mục tiêu: " + (item.objectivesVi() == null ? "…" : item.objectivesVi()) + ".");
        document.body("6. Giá trị khoản viện trợ: " + DraftTexts.amount(item.totalAmount(), item.totalCurrency())
                + (item.counterpartAmount() == null || item.counterpartCurrency() == null ? ""
                        : "; vốn đối ứng: " + DraftTexts.amount(item.counterpartAmount(), item.counterpartCurrency()))
                + ".");
        document.body("7. Thời gian thực hiện: từ " + DraftTexts.date(item.plannedStart()) + " đến "
                + DraftTexts.date(item.plannedEnd()) + ".");
        document.body("8. Địa bàn thực hiện: " + view.locations().stream().map(AidItemView.Location::name)
                .collect(Collectors.joining("; ")) + ".");
        document.body("II. ", "Ý KIẾN CỦA CÁC CƠ QUAN LIÊN QUAN");
        opinions.forEach(opinion -> document.body("- " + opinionLine(opinion)));
        sealedAgencies.forEach(agency -> document.body("- Ý kiến của " + shortName(agency)
                + ": gửi kèm theo chế độ mật."));
        if (opinions.isEmpty() && sealedAgencies.isEmpty()) {
            document.body("Chưa lấy ý kiến cơ quan nào.");
        }
        document.body("III. ", "KẾT LUẬN VÀ KIẾN NGHỊ");
        document.body("Trên cơ sở hồ sơ và ý kiến của các cơ quan liên quan, " + report.leadName() + " kính trình "
                + report.addressee() + " xem xét, quyết định./.");
        document.closing(report.recipients(), report.signer());
        return document.bytes();
    }

    private String opinionLine(OpinionRequestView opinion) {
        if (opinion.answered()) {
            String text = opinion.answerText() == null ? "" : " " + opinion.answerText();
            return "Ý kiến của " + opinion.agencyName() + " (ngày " + DraftTexts.date(opinion.answeredOn()) + "): "
                    + texts.label("aid.appraisal.answer." + opinion.answer()) + "." + text;
        }
        if (opinion.consentBySilence()) {
            return opinion.agencyName() + ": không có ý kiến trong thời hạn (hạn " + DraftTexts.date(opinion.dueOn())
                    + "), được coi là đồng ý.";
        }
        return opinion.agencyName() + ": chưa có ý kiến (hạn " + DraftTexts.date(opinion.dueOn()) + ").";
    }

    private String shortName(long agencyId) {
        return agencies.find(agencyId).map(AgencyView::shortName).filter(name -> !name.isBlank())
                .or(() -> agencies.find(agencyId).map(AgencyView::nameVi)).orElse("#" + agencyId);
    }
}
