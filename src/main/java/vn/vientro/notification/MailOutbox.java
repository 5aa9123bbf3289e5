package vn.vientro.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.notification.mail.Mail;
import vn.vientro.notification.mail.MailQueries;
import vn.vientro.notification.mail.MailRepository;

/**
 * Every e-mail is first written here. With {@code spring.mail.host} set it is QUEUED and a job sends it; without,
 * it is HELD and administrators read it on the outbox page: no mail is ever silently dropped.
 */
@Service
public class MailOutbox {

    private final MailRepository mails;
    private final MailQueries queries;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    MailOutbox(MailRepository mails, MailQueries queries, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.mails = mails;
        this.queries = queries;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    boolean smtpConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @Transactional
    void enqueue(String address, @Nullable String username, String subject, String body) {
        mails.save(Mail.write(address, username, subject, body, smtpConfigured(), clock.instant()));
    }

    @PreAuthorize(NotificationPolicy.READ_OUTBOX)
    @Transactional(readOnly = true)
    public List<OutboxMail> latest(@Nullable String status, int limit) {
        return queries.latest(status, limit);
    }

    @PreAuthorize(NotificationPolicy.READ_OUTBOX)
    @Transactional(readOnly = true)
    public Map<String, Long> countsByStatus() {
        return queries.countsByStatus();
    }
}
