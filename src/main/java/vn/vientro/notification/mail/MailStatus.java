package vn.vientro.notification.mail;

/** Where a mail stands: waiting for the sender job, sent, given up after retries, or kept for want of SMTP. */
public enum MailStatus {
    QUEUED,
    SENT,
    FAILED,
    /** No SMTP server is configured: administrators read it on the outbox page. */
    HELD
}
