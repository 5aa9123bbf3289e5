package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.platform.DocumentTemplates;

/**
 * The draft approval decision (quyết định phê duyệt, Decree 80/2020 Art. 11; DOMAIN.md §4.4) for the competent
 * authority. Its wording is {@code templates/aid/appraisal/documents/decision.xhtml}; the province's texts come from
 * {@code aid-appraisal.yml}, the titles of the heads it names from the agencies' data where there is an agency.
 */
@Component
class DecisionDraft {

    private final AppraisalRules rules;
    private final DocumentTemplates templates;

    DecisionDraft(AppraisalRules rules, DocumentTemplates templates) {
        this.rules = rules;
        this.templates = templates;
    }

    byte[] write(AidItemView view, DraftFacts facts, LocalDate today) {
        AppraisalRules.Decision decision = rules.drafts().decision();
        DraftFacts.Paper signed = facts.decision();
        LocalDate dated = signed != null && signed.date() != null ? signed.date() : today;
        Map<String, Object> model = DraftModel.of(rules.drafts(), view, dated, signed, decision.symbol());
        model.put("decision", decision);
        // a decree the configuration does not cite is named by its label
        model.put("decree", decision.legalBasis().get(view.item().legalBasis()));
        DraftFacts.Heads heads = facts.heads();
        model.put("heads", heads);
        model.put("authority", heads.committee() == null ? decision.authority()
                : heads.committee().toUpperCase(DraftModel.VI));
        model.put("proposer", heads.lead() == null ? decision.proposer() : heads.lead());
        model.put("reportNumber", DraftModel.number(facts.report(), decision.reportSymbol()));
        model.put("reportDate", facts.report() == null ? null : facts.report().date());
        model.put("proposal", facts.proposal());
        model.put("signerName", facts.signer());
        return OfficialDocument.write(templates.render("aid/appraisal/documents/decision", model, DraftModel.VI));
    }
}
