package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.platform.DocumentTemplates;

/**
 * The draft approval decision (quyết định phê duyệt, Decree 80/2020 Art. 11; DOMAIN.md §4.4) for the competent
 * authority. Its wording is {@code templates/aid/appraisal/documents/decision.xhtml}; the province's texts come from
 * {@code aid-appraisal.yml}.
 */
@Component
class DecisionDraft {

    private final AppraisalRules rules;
    private final DocumentTemplates templates;

    DecisionDraft(AppraisalRules rules, DocumentTemplates templates) {
        this.rules = rules;
        this.templates = templates;
    }

    byte[] write(AidItemView view, LocalDate today) {
        AppraisalRules.Decision decision = rules.drafts().decision();
        Map<String, Object> model = DraftModel.of(rules.drafts(), view, today);
        model.put("decision", decision);
        // a decree the configuration does not cite is named by its label
        model.put("decree", decision.legalBasis().get(view.item().legalBasis()));
        return OfficialDocument.write(templates.render("aid/appraisal/documents/decision", model, DraftModel.VI));
    }
}
