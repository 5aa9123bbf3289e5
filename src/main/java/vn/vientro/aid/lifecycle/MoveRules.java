package vn.vientro.aid.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.LegalBasis;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.WorkingDays;

/** What each move needs besides the right state and role: reasons, documents, a complete description, the law. */
@Component
class MoveRules {

    static final Set<String> RECOMMENDATIONS = Set.of("APPROVE", "APPROVE_WITH_CONDITIONS", "REFUSE");

    private final LifecycleQueries queries;
    private final Registry registry;
    private final AidRules rules;
    private final WorkingDays workingDays;

    MoveRules(LifecycleQueries queries, Registry registry, AidRules rules, WorkingDays workingDays) {
        this.queries = queries;
        this.registry = registry;
        this.rules = rules;
        this.workingDays = workingDays;
    }

    void check(AidItemRecord item, AidAction action, TransitionCommand command, LocalDate today) {
        switch (action) {
            case SUBMIT, RESUBMIT -> requireComplete(item);
            case RETURN, REFUSE, RESUME, TERMINATE -> require(command.reason(), "reason");
            case SUSPEND -> {
                require(command.reason(), "reason");
                require(command.referenceNumber(), "referenceNumber");
            }
            case CONCLUDE_APPRAISAL -> {
                if (command.recommendation() == null || !RECOMMENDATIONS.contains(command.recommendation())) {
                    throw new InvalidInputException("recommendation", "aid.transition.recommendation.required");
                }
                require(command.reason(), "reason");
            }
            case PROPOSE_DECISION, HAND_OVER, SETTLE -> require(command.referenceNumber(), "referenceNumber");
            case APPROVE -> checkApproval(item, command, today);
            default -> {
            }
        }
    }

    LegalBasis legalBasis(AidItemRecord item, LocalDate decidedOn) {
        return rules.legalBasisOn(decidedOn, item.kind());
    }

    private void checkApproval(AidItemRecord item, TransitionCommand command, LocalDate today) {
        require(command.referenceNumber(), "referenceNumber");
        require(command.signer(), "signer");
        LocalDate signedOn = command.referenceDate();
        if (signedOn == null) {
            throw new InvalidInputException("referenceDate", "aid.transition.referenceDate.required");
        }
        if (signedOn.isAfter(today) || (item.submittedOn() != null && signedOn.isBefore(item.submittedOn()))) {
            throw new InvalidInputException("referenceDate", "aid.transition.referenceDate.range");
        }
        if (item.kind().isEmergency() && item.fields().disasterOn() != null
                && signedOn.isAfter(rules.emergencyUse().dueFrom(item.fields().disasterOn(), workingDays))) {
            throw new TransitionRefusedException("aid.transition.emergencyTooLate", "referenceDate",
                    rules.emergencyUse().amount());
        }
        if (suspended(item.donorId()) || (item.fields().implementerId() != null && suspended(item.fields().implementerId()))) {
            if (command.overrideReason() == null) {
                throw new TransitionRefusedException("aid.transition.organisationSuspended", "overrideReason");
            }
        }
    }

    private boolean suspended(long organisationId) {
        Optional<OrganisationRef> organisation = registry.find(organisationId);
        return organisation.map(ref -> ref.status() == OrganisationStatus.SUSPENDED).orElse(false);
    }

    /** A dossier goes in only with what the decision will need: shares, places, dates, objectives. */
    private void requireComplete(AidItemRecord item) {
        require(item.fields().objectivesVi(), "objectivesVi");
        if (queries.sectorCodes(item.id()).isEmpty()) {
            throw new TransitionRefusedException("aid.transition.sectors.required", "sectors");
        }
        if (!queries.hasLocations(item.id())) {
            throw new TransitionRefusedException("aid.transition.locations.required", "locations");
        }
        if (!item.kind().isEmergency() && (item.fields().plannedStart() == null || item.fields().plannedEnd() == null)) {
            throw new TransitionRefusedException("aid.transition.dates.required", "plannedStart");
        }
        if (item.totalAmount().signum() <= 0) {
            throw new TransitionRefusedException("aid.transition.value.required", "totalAmount");
        }
    }

    private static void require(@org.jspecify.annotations.Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "aid.transition." + field + ".required");
        }
    }
}
