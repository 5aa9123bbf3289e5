package vn.vientro.registry.permit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which reminders were already raised, so each threshold tells the focal points once. A technical ledger, not a
 * business record (the audit trail skips it): its one rule is that a reminder is taken once, which the insert that
 * does nothing on a conflict holds even when two nodes run the daily check at once.
 */
@Component
class SentReminders {

    private final JdbcClient jdbc;

    SentReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the reminder; false when it was taken before. */
    boolean take(String subject, String reason, String threshold) {
        return jdbc.sql("""
                insert into registry.reminder_sent (subject, reason, threshold) values (:subject, :reason, :threshold)
                on conflict do nothing
                """).param("subject", subject).param("reason", reason).param("threshold", threshold).update() == 1;
    }
}
