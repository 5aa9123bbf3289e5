package vn.vientro.monitoring.report;

/** Where an aid owner's report stands. */
public enum ReportStatus {
    /** Written, not yet sent: only the owner sees it change. */
    DRAFT,
    /** Sent, awaiting the managing agency's or the focal point's decision. */
    SUBMITTED,
    /** Accepted: closed. */
    ACCEPTED,
    /** Returned with comments: the owner corrects it and submits a new version. */
    RETURNED;

    /** The owner changes a draft or a returned report; a submitted one waits for its decision. */
    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
