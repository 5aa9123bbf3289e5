package vn.vientro.notification.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.vientro.platform.Actor;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The job sends what is queued through the SMTP server it is given, and records how each mail went. */
@VientroIntegrationTest
class MailSenderJobIntegrationTests {

    @Autowired
    MailRepository mails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void sendsQueuedMailAndRecordsItSent() {
        long id = queued("sent@example.org");
        Smtp smtp = new Smtp(false);
        job(smtp).sendQueued();
        assertThat(smtp.recipients).contains("sent@example.org");
        assertThat(state(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(jdbc.sql("select sent_at is not null from notification.mail where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void retriesAMailTheServerRefusesAndGivesUpAfterTheLastAttempt() {
        long id = queued("refused@example.org");
        MailSenderJob job = job(new Smtp(true));
        job.sendQueued();
        assertThat(state(id)).containsEntry("status", "QUEUED").containsEntry("attempts", 1)
                .containsEntry("last_error", "refused by the test server");
        for (int attempt = 2; attempt <= MailSenderJob.MAX_ATTEMPTS; attempt++) {
            job.sendQueued();
        }
        assertThat(state(id)).containsEntry("status", "FAILED").containsEntry("attempts", MailSenderJob.MAX_ATTEMPTS);
    }

    private long queued(String address) {
        Mail mail = Actor.runAs("system:test", () -> mails.save(Mail.write(address, null, "Thử gửi thư",
                "Nội dung", true, clock.instant())));
        return Objects.requireNonNull(mail.id());
    }

    private MailSenderJob job(JavaMailSender smtp) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", smtp));
        return new MailSenderJob(mails, beans.getBeanProvider(JavaMailSender.class), clock);
    }

    private Map<String, Object> state(long id) {
        return jdbc.sql("select status, attempts, last_error from notification.mail where id = :id")
                .param("id", id).query().singleRow();
    }

    /** An SMTP server that accepts every mail, or refuses every one. */
    private static final class Smtp extends JavaMailSenderImpl {

        private final boolean refuses;
        private final List<String> recipients = new ArrayList<>();

        Smtp(boolean refuses) {
            this.refuses = refuses;
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            if (refuses) {
                throw new MailSendException("refused by the test server");
            }
            for (MimeMessage message : messages) {
                try {
                    recipients.add(message.getAllRecipients()[0].toString());
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
