package vn.vientro.aid.item;

import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;

/**
 * What the stage clock of an item waits for, so a date is never shown without it: a completed item's clock is its
 * settlement report's deadline, and "overdue" alone would read as if the finished item itself were late.
 */
public enum StageDuty {
    COMPLETENESS, EMERGENCY_DECISION, APPRAISAL, DECISION, EMERGENCY_USE, SETTLEMENT;

    /** The duty the lifecycle's stage clock counts for an item in that status, or null when no clock runs. */
    public static @Nullable StageDuty of(AidStatus status, AidKind kind) {
        return switch (status) {
            case SUBMITTED -> kind.isEmergency() ? EMERGENCY_DECISION : COMPLETENESS;
            case UNDER_APPRAISAL, APPRAISED -> APPRAISAL;
            case PENDING_DECISION -> DECISION;
            case APPROVED, IMPLEMENTING -> EMERGENCY_USE;
            case COMPLETED, HANDED_OVER -> SETTLEMENT;
            default -> null;
        };
    }

    public String messageKey() {
        return "aid.item.duty." + name();
    }
}
