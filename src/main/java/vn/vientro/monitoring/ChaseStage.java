package vn.vientro.monitoring;

/** How far the chasing (đôn đốc) of an unsubmitted report has gone: each stage is sent once per duty and due date. */
public enum ChaseStage {
    /** Due within the "due soon" window: the owner is reminded. */
    DUE_SOON,
    /** Past due: the owner is chased, the focal point told. */
    OVERDUE,
    /** Long past due: escalated to the leaders of the item's governing (managing) agency. */
    GOVERNING_LEADER,
    /** Longer still: escalated to the provincial leaders. */
    PROVINCIAL_LEADER
}
