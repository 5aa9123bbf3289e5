package vn.vientro.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every e-mail is first written here. With {@code spring.mail.host} set it is QUEUED and a job sends it; without,
 * it is HELD and administrators read it on the outbox page: no mail is ever silently dropped.
 */
@Service
public class MailOutbox {

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
    }

    boolean smtpConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @Transactional
    void enqueue(String address, @Nullable String username, String subject, String body) {
        jdbc.sql("""
                insert into notification.mail (recipient_address, recipient_username, subject, body, status)
                values (:address, :username, :subject, :body, :status)
                """)
                .param("address", address).param("username", username).param("subject", subject)
                .param("body", body).param("status", smtpConfigured() ? "QUEUED" : "HELD")
                .update();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxMail> latest(@Nullable String status, int limit) {
        return jdbc.sql("select id, recipient_address, recipient_username, subject, body, status, attempts, last_error, "
                        + "created_at, sent_at from notification.mail"
                        + (status == null ? "" : " where status = :status")
                        + " order by created_at desc, id desc limit :limit")
                .params(status == null ? java.util.Map.of("limit", limit)
                        : java.util.Map.of("limit", limit, "status", status))
                .query(OutboxMail.class).list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> countsByStatus() {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select status, count(*) from notification.mail group by status")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
