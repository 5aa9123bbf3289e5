package vn.vientro.monitoring;

import vn.vientro.shared.ProblemType;

/** The monitoring module's problems, each under one stable type. */
public enum MonitoringProblem implements ProblemType {
    /** A filter whose "due after" day is later than its "due before" day selects nothing: a mistake to point out. */
    DUE_RANGE_REVERSED(Kind.INVALID_INPUT);

    private final Kind kind;

    MonitoringProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
