package vn.vientro.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;

/** Sends queued mail through SMTP, retrying a few times; one node at a time. */
@Component
class MailSenderJob {

    private static final Logger log = LoggerFactory.getLogger(MailSenderJob.class);
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;

    MailSenderJob(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
    }

    @Scheduled(fixedDelayString = "${vientro.mail.send-interval:30s}", initialDelayString = "20s")
    @SchedulerLock(name = "notification.sendMail", lockAtMostFor = "5m")
    void sendQueued() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Actor.runAs("system:mail", () -> {
            List<OutboxMail> queued = jdbc.sql("""
                    select id, recipient_address, recipient_username, subject, body, status, attempts, last_error,
                           created_at, sent_at
                      from notification.mail where status = 'QUEUED' order by id limit 50
                    """).query(OutboxMail.class).list();
            queued.forEach(mail -> send(sender, mail));
        });
    }

    private void send(JavaMailSender sender, OutboxMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setTo(mail.recipientAddress());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
            jdbc.sql("update notification.mail set status = 'SENT', sent_at = now(), attempts = attempts + 1, "
                    + "version = version + 1 where id = :id").param("id", mail.id()).update();
        } catch (Exception e) { // boundary: one bad mail must not stop the others
            log.warn("Mail {} not sent (attempt {}): {}", mail.id(), mail.attempts() + 1, e.getMessage());
            jdbc.sql("update notification.mail set attempts = attempts + 1, last_error = :error, version = version + 1, "
                            + "status = case when attempts + 1 >= :max then 'FAILED' else 'QUEUED' end where id = :id")
                    .param("error", String.valueOf(e.getMessage())).param("max", MAX_ATTEMPTS).param("id", mail.id())
                    .update();
        }
    }
}
