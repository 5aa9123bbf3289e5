package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.DocumentTemplates;

/**
 * The draft appraisal report (báo cáo kết quả thẩm định) the lead sends to the People's Committee: the item in brief,
 * the opinions received and their count, and the conclusion with the report's number and date once recorded. A
 * security opinion is only named and counted as sent under seal: classified content is never exported.
 * Its wording is {@code templates/aid/appraisal/documents/appraisal-report.xhtml}.
 */
@Component
class AppraisalReportDraft {

    private final AppraisalRules rules;
    private final DocumentTemplates templates;
    private final Agencies agencies;

    AppraisalReportDraft(AppraisalRules rules, DocumentTemplates templates, Agencies agencies) {
        this.rules = rules;
        this.templates = templates;
        this.agencies = agencies;
    }

    /**
     * @param opinions       the item's non-confidential requests (live ones)
     * @param sealedAgencies the agencies asked for a confidential opinion
     */
    byte[] write(AidItemView view, DraftFacts facts, List<OpinionRequestView> opinions, List<Long> sealedAgencies,
                 LocalDate today) {
        AppraisalRules.Report report = rules.drafts().report();
        DraftFacts.Paper paper = facts.report();
        LocalDate dated = paper != null && paper.date() != null ? paper.date() : today;
        Map<String, Object> model = DraftModel.of(rules.drafts(), view, dated, paper, report.symbol());
        model.put("report", report);
        model.put("conclusion", facts.conclusion());
        model.put("opinions", opinions);
        model.put("summary", OpinionSummary.of(opinions, sealedAgencies.size()));
        model.put("sealed", sealedAgencies.stream().map(this::shortName).toList());
        return OfficialDocument.write(templates.render("aid/appraisal/documents/appraisal-report", model,
                DraftModel.VI));
    }

    private String shortName(long agencyId) {
        return agencies.find(agencyId).map(AgencyView::shortName).filter(name -> !name.isBlank())
                .or(() -> agencies.find(agencyId).map(AgencyView::nameVi)).orElse("#" + agencyId);
    }
}
