package vn.vientro.monitoring.duty;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** Where a duty stands today, and how many days until it is due or since it was. */
public enum DutyStatus {
    /** Due later than the "due soon" window. */
    UPCOMING,
    /** Due within the window (15 days by default), today included. */
    DUE_SOON,
    /** Past its due date and not done. */
    OVERDUE,
    /** Submitted, reported or received. */
    DONE;

    static DutyStatus of(LocalDate dueOn, @Nullable LocalDate doneOn, LocalDate today, int dueSoonDays) {
        if (doneOn != null) {
            return DONE;
        }
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, dueOn) <= dueSoonDays ? DUE_SOON : UPCOMING;
    }
}
