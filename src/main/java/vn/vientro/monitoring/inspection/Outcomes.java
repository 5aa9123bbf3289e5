package vn.vientro.monitoring.inspection;

import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidSuspensions;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.MonitoringProblem;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;

/**
 * Carries a finding's outcome to the module that owns the record (DOMAIN.md §7), through its public API and under its
 * own rules: the aid module suspends the item inspected (a leader's decision), the registry puts the NGO inspected or
 * the item's donor under inspection (the focal point's).
 */
@Service
public class Outcomes {

    private final Inspections inspections;
    private final Findings findings;
    private final InspectionSubjects subjects;
    private final AidSuspensions suspensions;
    private final Registry registry;

    Outcomes(Inspections inspections, Findings findings, InspectionSubjects subjects, AidSuspensions suspensions,
             Registry registry) {
        this.inspections = inspections;
        this.findings = findings;
        this.subjects = subjects;
        this.suspensions = suspensions;
        this.registry = registry;
    }

    @PreAuthorize(MonitoringPolicy.DECIDE_OUTCOME)
    @Transactional
    public void decide(long inspectionId, long findingId, OutcomeInput input) {
        InspectionView inspection = inspections.get(inspectionId);
        if (findings.list(inspectionId).stream().noneMatch(finding -> finding.id() == findingId)) {
            throw new NotFoundException("finding", findingId);
        }
        String reason = Objects.requireNonNull(input.reason()).strip();
        String number = Objects.requireNonNull(input.decisionNumber()).strip();
        if (input.outcome() == FindingOutcome.SUSPEND_ITEM) {
            if (inspection.subjectKind() != SubjectKind.AID_ITEM) {
                throw new BusinessRuleException(MonitoringProblem.NO_ITEM_INSPECTED, "monitoring.outcome.noItem",
                        "outcome");
            }
            suspensions.suspend(Objects.requireNonNull(inspection.subjectId()), reason, number,
                    Objects.requireNonNull(input.decisionDate()), null);
        } else {
            OrganisationRef ngo = subjects.inspectedNgo(inspection.subjectKind(), inspection.subjectId())
                    .orElseThrow(() -> new BusinessRuleException(MonitoringProblem.NO_NGO_INSPECTED,
                            "monitoring.proposal.noNgo", "outcome"));
            registry.putUnderInspection(ngo.id(), reason, number, input.decisionDate());
        }
    }
}
