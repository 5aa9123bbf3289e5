package vn.vientro.monitoring;

import vn.vientro.shared.ProblemType;

/** The monitoring module's problems, each under one stable type. */
public enum MonitoringProblem implements ProblemType {
    /** A filter whose "due after" day is later than its "due before" day selects nothing: a mistake to point out. */
    DUE_RANGE_REVERSED(Kind.INVALID_INPUT),
    /** The report's state does not allow the step: an accepted report is closed, a draft cannot be accepted. */
    REPORT_STEP_REFUSED(Kind.CONFLICT),
    /** The inspection's state does not allow the step: a concluded inspection is closed, a planned one has no answers. */
    INSPECTION_STEP_REFUSED(Kind.CONFLICT),
    /** A proposal to the Ministry of Foreign Affairs concerns a foreign NGO: an agency's inspection has none. */
    NO_NGO_INSPECTED(Kind.CONFLICT),
    /** Only an inspection of an aid item can lead to suspending one. */
    NO_ITEM_INSPECTED(Kind.CONFLICT);

    private final Kind kind;

    MonitoringProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
