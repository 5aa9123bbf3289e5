package vn.vientro.registry.permit;

import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.platform.Actor;
import vn.vientro.registry.organisation.OrganisationIndexer;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Once a day (and once across all nodes), tells the focal points what needs attention: each paper at each expiry
 * threshold once, each overdue plan and missing report once; and refreshes the registry's search entries, whose
 * "without a valid paper" flag changes with the date.
 */
@Component
public class RegistryReminderJob {

    private static final Logger log = LoggerFactory.getLogger(RegistryReminderJob.class);
    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private final RegistryAttention attention;
    private final RegistryRules rules;
    private final Notifications notifications;
    private final OrganisationIndexer indexer;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    RegistryReminderJob(RegistryAttention attention, RegistryRules rules, Notifications notifications,
                        OrganisationIndexer indexer, MessageSource messages, JdbcClient jdbc) {
        this.attention = attention;
        this.rules = rules;
        this.notifications = notifications;
        this.indexer = indexer;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${vientro.registry.reminder-cron:0 30 6 * * *}", zone = "${vientro.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "registry.reminders", lockAtMostFor = "30m")
    public void runDaily() {
        int sent = Actor.runAs("system:scheduler", this::remind);
        Actor.runAs("system:scheduler", indexer::reindexAll);
        log.info("Registry reminders: {} sent", sent);
    }

    /** Sends the reminders not sent before; returns how many were sent. */
    public int remind() {
        int sent = 0;
        for (AttentionItem item : attention.compute()) {
            String threshold = threshold(item);
            String subject = item.permitId() != null ? "permit:" + item.permitId() : item.link();
            int inserted = jdbc.sql("insert into registry.reminder_sent (subject, reason, threshold) values "
                            + "(:subject, :reason, :threshold) on conflict do nothing")
                    .param("subject", subject).param("reason", item.reason()).param("threshold", threshold).update();
            if (inserted == 1) {
                notifications.send(Notice.toRoles(Set.of(Role.FOCAL_POINT), "registry-" + item.reason().toLowerCase(),
                        subject(item), item.link()));
                sent++;
            }
        }
        return sent;
    }

    /** The smallest configured threshold the paper has reached (90, 60, 30 days), or the due date's year. */
    private String threshold(AttentionItem item) {
        if ("EXPIRING".equals(item.reason())) {
            List<Integer> thresholds = rules.expiryWarningDays().stream().sorted().toList();
            return thresholds.stream().filter(days -> item.days() <= days).findFirst()
                    .map(String::valueOf).orElse("expiring");
        }
        return item.dueOn() == null ? "open" : item.dueOn().toString();
    }

    private static Text subject(AttentionItem item) {
        return Text.of("registry.reminder." + item.reason(), item.organisationName(),
                item.permitNumber() == null ? "" : item.permitNumber(), (long) item.days(),
                item.dueOn() == null ? "" : item.dueOn());
    }
}
