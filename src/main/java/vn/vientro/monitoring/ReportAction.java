package vn.vientro.monitoring;

/** A step of an aid owner's report: the owner submits it, the managing agency or the focal point decides on it. */
public enum ReportAction {
    /** The owner submits the report, or a new version of a returned one. */
    SUBMIT,
    /** A reviewer accepts the submitted version. */
    ACCEPT,
    /** A reviewer returns the submitted version with comments, for the owner to correct and submit again. */
    RETURN
}
