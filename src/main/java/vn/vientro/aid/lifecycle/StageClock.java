package vn.vientro.aid.lifecycle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.shared.WorkingDays;

/**
 * The statutory date the stage an item enters must end by. A returned dossier has none: the clock stops, and restarts
 * from the resubmission (the day the complete dossier arrived).
 */
@Component
class StageClock {

    private final AidRules rules;
    private final WorkingDays workingDays;

    StageClock(AidRules rules, WorkingDays workingDays) {
        this.rules = rules;
        this.workingDays = workingDays;
    }

    @Nullable LocalDate dueOn(AidItemRecord item, AidStatus entering, LocalDate on) {
        boolean emergency = item.kind().isEmergency();
        return switch (entering) {
            case SUBMITTED -> emergency ? rules.emergencyDecision().dueFrom(on, workingDays)
                    : rules.completenessCheck().dueFrom(on, workingDays);
            case UNDER_APPRAISAL -> rules.appraisalLimit(item.kind())
                    .dueFrom(item.clockStartedOn() == null ? on : item.clockStartedOn(), workingDays);
            case APPRAISED -> item.stageDueOn();
            case PENDING_DECISION -> rules.decision().dueFrom(on, workingDays);
            case APPROVED, IMPLEMENTING -> emergency && item.fields().disasterOn() != null
                    ? rules.emergencyUse().dueFrom(item.fields().disasterOn(), workingDays) : null;
            case COMPLETED, HANDED_OVER -> rules.settlement().dueFrom(
                    item.actualEnd() == null ? on : item.actualEnd(), workingDays);
            default -> null;
        };
    }
}
