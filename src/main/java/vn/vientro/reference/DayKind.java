package vn.vientro.reference;

/** Why a day is, or is not, a working day. */
public enum DayKind {
    /** Monday to Friday with nothing special. */
    WORKDAY(true, false),
    /** Saturday or Sunday. */
    WEEKLY_REST_DAY(false, false),
    /** A statutory holiday computed from the Labour Code. */
    HOLIDAY(false, false),
    /** A working day off in place of a holiday that fell on a weekly rest day (nghỉ bù). */
    COMPENSATORY_DAY_OFF(false, false),
    /** A day off recorded from the government's announcement; wins over the computed calendar. */
    ANNOUNCED_DAY_OFF(false, true),
    /** A day worked by the government's announcement (a swapped Saturday); wins over the computed calendar. */
    ANNOUNCED_WORKING_DAY(true, true);

    private final boolean workingDay;
    private final boolean announced;

    DayKind(boolean workingDay, boolean announced) {
        this.workingDay = workingDay;
        this.announced = announced;
    }

    public boolean workingDay() {
        return workingDay;
    }

    /** Whether an administrator's override, not the computation, decided this day. */
    public boolean announced() {
        return announced;
    }
}
