package vn.vientro.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An e-mail the system sent or means to send. HELD: no SMTP server configured, kept for administrators. */
public record OutboxMail(long id, String recipientAddress, @Nullable String recipientUsername, String subject,
                         String body, String status, int attempts, @Nullable String lastError, Instant createdAt,
                         @Nullable Instant sentAt) {
}
