package vn.vientro.audit;

/** Where a sealed record was read, for the record of reads. */
public enum ReadChannel {
    PAGE, API, INBOX, ANSWER_FORM
}
