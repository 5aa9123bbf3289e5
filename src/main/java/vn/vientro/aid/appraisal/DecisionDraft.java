package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.AidItemView;

/**
 * The draft approval decision (quyết định phê duyệt, Decree 80/2020 Art. 11; DOMAIN.md §4.4) for the competent
 * authority: legal bases including the decree the item falls under, then Article 1 with the item's approved content,
 * Article 2 the responsibilities, Article 3 the effect and who executes it.
 */
@Component
class DecisionDraft {

    private final AppraisalRules rules;
    private final DraftTexts texts;

    DecisionDraft(AppraisalRules rules, DraftTexts texts) {
        this.rules = rules;
        this.texts = texts;
    }

    byte[] write(AidItemView view, LocalDate today) {
        AppraisalRules.Decision decision = rules.drafts().decision();
        AidItemRecord item = view.item();
        OfficialDocument document = new OfficialDocument();
        document.draftMark();
        document.header(List.of(), decision.issuer(), "Số: …/" + decision.symbol(),
                PlaceAndDate.of(rules.drafts().place(), today));
        document.title("QUYẾT ĐỊNH", "Về việc phê duyệt khoản viện trợ " + item.nameVi());
        document.centred(14, true, decision.authority());
        List<String> bases = new ArrayList<>(decision.bases());
        String decree = decision.legalBasis().get(item.legalBasis());
        bases.add(decree == null ? texts.label("aid.legalBasis." + item.legalBasis()) : decree);
        bases.forEach(basis -> document.basis("Căn cứ " + basis + ";"));
        document.basis("Theo đề nghị của " + decision.proposer() + " tại Báo cáo kết quả thẩm định số …/"
                + decision.reportSymbol() + ".");
        document.centred(14, true, "QUYẾT ĐỊNH:");
        document.body("Điều 1. ", "Phê duyệt khoản viện trợ với các nội dung chủ yếu sau:");
        articleOne(view).forEach(document::body);
        document.body("Điều 2. ", view.ownerAgencyName() + " có trách nhiệm tiếp nhận, quản lý và sử dụng khoản "
                + "viện trợ đúng mục đích, có hiệu quả theo quy định của pháp luật; báo cáo định kỳ tình hình tiếp "
                + "nhận, thực hiện khoản viện trợ. Các sở, ngành và địa phương liên quan theo chức năng, nhiệm vụ "
                + "hướng dẫn, kiểm tra, giám sát việc thực hiện.");
        document.body("Điều 3. ", "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, "
                + decision.proposer() + ", Thủ trưởng " + view.ownerAgencyName() + " và các cơ quan, đơn vị có "
                + "liên quan chịu trách nhiệm thi hành Quyết định này./.");
        document.closing(decision.recipients(), decision.signer());
        return document.bytes();
    }

    /** The content of the decision (DOMAIN.md §4.4), one numbered line each. */
    private List<String> articleOne(AidItemView view) {
        AidItemRecord item = view.item();
        List<String> lines = new ArrayList<>();
        String original = item.nameOriginal() != null ? item.nameOriginal() : item.nameEn();
        lines.add("Tên khoản viện trợ: " + item.nameVi() + (original == null ? "" : " (tên gốc: " + original + ")"));
        lines.add("Bên cung cấp viện trợ: " + view.donorName());
        lines.add("Cơ quan chủ quản: " + view.governingAgencyName());
        lines.add("Chủ khoản viện trợ: " + view.ownerAgencyName());
        lines.add("Mục tiêu: " + (item.objectivesVi() == null ? "…" : item.objectivesVi()));
        lines.add("Địa điểm thực hiện: " + (view.locations().isEmpty() ? "…" : view.locations().stream()
                .map(AidItemView.Location::name).collect(Collectors.joining("; "))));
        lines.add("Đối tượng thụ hưởng: " + beneficiaries(item));
        lines.add("Giá trị khoản viện trợ: " + value(item));
        lines.add("Loại hình viện trợ: " + texts.label("aid.kind." + item.kind()) + "; hình thức viện trợ: "
                + texts.label("aid.deliveryForm." + item.deliveryForm()));
        lines.add("Thời gian thực hiện: từ " + DraftTexts.date(item.plannedStart()) + " đến "
                + DraftTexts.date(item.plannedEnd()));
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add((i + 1) + ". " + lines.get(i) + ".");
        }
        return numbered;
    }

    private static String beneficiaries(AidItemRecord item) {
        String groups = item.targetGroups() == null ? "…" : item.targetGroups();
        return item.beneficiariesTotal() == null ? groups
                : groups + " (khoảng " + DraftTexts.count(item.beneficiariesTotal()) + " người)";
    }

    /** In the donor's currency with its VND equivalent; then the counterpart funds, the other side of the split. */
    private String value(AidItemRecord item) {
        String aid = DraftTexts.amount(item.totalAmount(), item.totalCurrency());
        if (item.totalVnd() != null && !"VND".equals(item.totalCurrency())) {
            aid += " (tương đương " + DraftTexts.amount(item.totalVnd(), "VND") + ")";
        }
        if (item.counterpartAmount() == null || item.counterpartCurrency() == null) {
            return aid + "; vốn đối ứng: không có";
        }
        return aid + "; vốn đối ứng: " + DraftTexts.amount(item.counterpartAmount(), item.counterpartCurrency())
                + (item.counterpartSource() == null ? "" : ", nguồn " + item.counterpartSource())
                + (item.counterpartForm() == null ? "" : ", " + texts.label("aid.counterpartForm."
                        + item.counterpartForm()));
    }
}
