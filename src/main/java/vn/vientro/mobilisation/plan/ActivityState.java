package vn.vientro.mobilisation.plan;

/** How an activity stands as the plan's year view and progress show it: its status, with lateness read from today. */
public enum ActivityState {
    DONE, LATE, IN_PROGRESS, NOT_STARTED, CANCELLED
}
