package vn.vientro.portal;

import vn.vientro.shared.ProblemType;

/** What community feedback's rules refuse, each under one stable type. */
public enum FeedbackProblem implements ProblemType {
    /** A step the feedback's state does not allow now (triaged twice, published before an answer...). */
    FEEDBACK_STEP_REFUSED(Kind.CONFLICT);

    private final Kind kind;

    FeedbackProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
