package vn.vientro.shared;

/** The problems every module can meet. */
public enum CommonProblem implements ProblemType {
    /** A field's value is missing, malformed or out of range. */
    VALIDATION(Kind.INVALID_INPUT),
    /** The body is not JSON, or a value in it has the wrong type for its field. */
    UNREADABLE(Kind.INVALID_INPUT),
    /** The record would repeat one that exists (a code, a number, a day already taken). */
    DUPLICATE(Kind.CONFLICT),
    /** Someone saved the record after the caller read it: one problem type for every record in every module. */
    STALE_VERSION(Kind.CONFLICT);

    private final Kind kind;

    CommonProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
