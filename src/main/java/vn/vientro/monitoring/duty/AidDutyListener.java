package vn.vientro.monitoring.duty;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidItemDescribed;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.AmendmentDecided;
import vn.vientro.monitoring.DueDateRuleChanged;

/**
 * Generates an item's duties when it is approved and regenerates them when its dates may have changed: a start or a
 * completion (actual dates), an approved amendment (an extension), a suspension, resumption or termination, a new
 * description; and when an administrator changes a due-date rule. Each run recomputes from the item as it now
 * stands, so an event handled twice adds nothing.
 */
@Component
class AidDutyListener {

    private final DutySchedules schedules;
    private final DutyQueries duties;

    AidDutyListener(DutySchedules schedules, DutyQueries duties) {
        this.schedules = schedules;
        this.duties = duties;
    }

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        if (moved.to().wasApproved()) {
            schedules.regenerate(moved.itemId());
        }
    }

    @ApplicationModuleListener
    void on(AmendmentDecided decided) {
        if (decided.approved()) {
            schedules.regenerate(decided.itemId());
        }
    }

    @ApplicationModuleListener
    void on(AidItemDescribed described) {
        schedules.regenerate(described.itemId());
    }

    /** A new due-date rule: every item's duties still ahead follow it, those due or submitted stay. */
    @ApplicationModuleListener
    void on(DueDateRuleChanged changed) {
        duties.itemsWithDuties().stream().sorted().forEach(schedules::regenerate);
    }
}
