package vn.vientro.mobilisation.plan;

/** Where an activity of a yearly plan stands; lateness is not a status but read from its months and today. */
public enum ActivityStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    /** Still to be done: what a past last month makes late. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
