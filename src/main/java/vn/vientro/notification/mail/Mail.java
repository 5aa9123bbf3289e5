package vn.vientro.notification.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An e-mail the system means to send, and how sending it went. */
@Table(schema = "notification", name = "mail")
public class Mail {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String recipientAddress;
    private @Nullable String recipientUsername;
    private String subject;
    private String body;
    private MailStatus status;
    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;

    @PersistenceCreator
    Mail(@Nullable Long id, @Nullable Long version, String recipientAddress, @Nullable String recipientUsername,
         String subject, String body, MailStatus status, int attempts, @Nullable String lastError, Instant createdAt,
         @Nullable Instant sentAt) {
        this.id = id;
        this.version = version;
        this.recipientAddress = recipientAddress;
        this.recipientUsername = recipientUsername;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.attempts = attempts;
        this.lastError = lastError;
        this.createdAt = createdAt;
        this.sentAt = sentAt;
    }

    /** Queued for the sender job, or held when no SMTP server is configured: never silently dropped. */
    public static Mail write(String address, @Nullable String username, String subject, String body,
                             boolean smtpConfigured, Instant now) {
        return new Mail(null, null, address, username, subject, body,
                smtpConfigured ? MailStatus.QUEUED : MailStatus.HELD, 0, null, now, null);
    }

    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
    }

    /** Queued again for the next run, until the last attempt fails. */
    void failed(String error, int maxAttempts) {
        attempts++;
        lastError = error;
        status = attempts >= maxAttempts ? MailStatus.FAILED : MailStatus.QUEUED;
    }

    @Nullable Long id() {
        return id;
    }

    String recipientAddress() {
        return recipientAddress;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    int attempts() {
        return attempts;
    }
}
