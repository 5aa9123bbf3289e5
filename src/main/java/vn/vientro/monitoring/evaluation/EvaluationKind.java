package vn.vientro.monitoring.evaluation;

/** When in the item's life it was evaluated: half-way, to steer it, or at its end, to learn from it. */
public enum EvaluationKind {
    MID_TERM, FINAL
}
