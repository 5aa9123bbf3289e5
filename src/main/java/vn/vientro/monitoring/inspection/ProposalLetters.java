package vn.vientro.monitoring.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.appraisal.OfficialDocument;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.MonitoringProblem;
import vn.vientro.platform.DocumentTemplates;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.Text;

/**
 * Drafts the province's proposal to the Ministry of Foreign Affairs to suspend a foreign NGO or revoke its paper on a
 * finding of a concluded inspection (DOMAIN.md §7), as a .docx in the layout of Decree 30/2020/NĐ-CP for the
 * Provincial People's Committee to sign. In Vietnamese whoever downloads it; its number left blank for the clerk. Only
 * once concluded: before, the finding is confidential and leaves the application in no document.
 */
@Service
public class ProposalLetters {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Inspections inspections;
    private final Findings findings;
    private final InspectionSubjects subjects;
    private final ProposalLetterRules rules;
    private final DocumentTemplates templates;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ProposalLetters(Inspections inspections, Findings findings, InspectionSubjects subjects,
                    ProposalLetterRules rules, DocumentTemplates templates, Clock clock) {
        this.inspections = inspections;
        this.findings = findings;
        this.subjects = subjects;
        this.rules = rules;
        this.templates = templates;
        this.clock = clock;
    }

    @PreAuthorize(MonitoringPolicy.DRAFT_PROPOSAL)
    @Transactional(readOnly = true)
    public byte[] draft(long inspectionId, long findingId, ProposalMeasure measure) {
        InspectionView inspection = inspections.get(inspectionId);
        if (inspection.status() != InspectionStatus.CONCLUDED) {
            throw new BusinessRuleException(MonitoringProblem.INSPECTION_STEP_REFUSED,
                    "monitoring.inspection.stepRefused", null, Text.of("monitoring.inspection.step.PROPOSE"),
                    Text.of("monitoring.inspection.status." + inspection.status()));
        }
        FindingView finding = findings.list(inspectionId).stream().filter(found -> found.id() == findingId)
                .findFirst().orElseThrow(() -> new NotFoundException("finding", findingId));
        OrganisationRef organisation = subjects.inspectedNgo(inspection.subjectKind(), inspection.subjectId())
                .orElseThrow(() -> new BusinessRuleException(MonitoringProblem.NO_NGO_INSPECTED,
                        "monitoring.proposal.noNgo", null));
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = new HashMap<>();
        model.put("letter", rules);
        model.put("measure", measure.name());
        model.put("organisation", organisation);
        model.put("inspection", inspection);
        model.put("finding", finding);
        model.put("number", "\u2026/" + rules.symbol());
        model.put("place", rules.place());
        model.put("date", vn.vientro.monitoring.chasing.ReminderLetters.LetterDate.of(today));
        return OfficialDocument.write(templates.render("monitoring/inspection/mofa-proposal", model, VI));
    }
}
