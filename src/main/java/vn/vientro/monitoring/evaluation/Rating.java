package vn.vientro.monitoring.evaluation;

/**
 * The four-point scale donors' evaluations rate each criterion on (highly satisfactory 4 … highly unsatisfactory 1);
 * an even scale, so that an evaluator cannot sit on a middle mark.
 */
public enum Rating {
    HIGHLY_SATISFACTORY(4), SATISFACTORY(3), UNSATISFACTORY(2), HIGHLY_UNSATISFACTORY(1);

    private final int score;

    Rating(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }
}
