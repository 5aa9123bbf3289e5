package vn.vientro.aid.appraisal;

/** Where a confidential opinion was read, for the record of reads. */
public enum ReadChannel {
    PAGE, API, INBOX, ANSWER_FORM
}
