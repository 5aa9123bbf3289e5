package vn.vientro.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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

    private final MailRepository mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    MailSenderJob(MailRepository mails, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${vientro.mail.send-interval:30s}", initialDelayString = "20s")
    @SchedulerLock(name = "notification.sendMail", lockAtMostFor = "5m")
    void sendQueued() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        // Each mail's state is saved on its own: what one mail did is kept whatever the next one does.
        Actor.runAs("system:mail", () -> mails.findFirst50ByStatusOrderByIdAsc(MailStatus.QUEUED)
                .forEach(mail -> mails.save(send(sender, mail))));
    }

    private Mail send(JavaMailSender sender, Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setTo(mail.recipientAddress());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
            mail.sent(clock.instant());
        } catch (Exception e) { // boundary: one bad mail must not stop the others
            log.warn("Mail {} not sent (attempt {}): {}", mail.id(), mail.attempts() + 1, e.getMessage());
            mail.failed(String.valueOf(e.getMessage()), MAX_ATTEMPTS);
        }
        return mail;
    }
}
