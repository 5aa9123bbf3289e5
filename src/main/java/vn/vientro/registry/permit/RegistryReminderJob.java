package vn.vientro.registry.permit;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.platform.Actor;
import vn.vientro.registry.AttentionRaised;

/**
 * Once a day (and once across all nodes), raises what needs the focal points' attention and was not raised before:
 * each paper at each expiry threshold once, each overdue plan and missing report once. The notices follow the events,
 * after the commit ({@link ReminderNotices}).
 */
@Component
public class RegistryReminderJob {

    private static final Logger log = LoggerFactory.getLogger(RegistryReminderJob.class);

    private final RegistryAttention attention;
    private final RegistryRules rules;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final SentReminders sent;

    RegistryReminderJob(RegistryAttention attention, RegistryRules rules, ApplicationEventPublisher events,
                        TransactionTemplate transactions, SentReminders sent) {
        this.attention = attention;
        this.rules = rules;
        this.events = events;
        this.transactions = transactions;
        this.sent = sent;
    }

    @Scheduled(cron = "${vientro.registry.reminder-cron:0 30 6 * * *}", zone = "${vientro.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "registry.reminders", lockAtMostFor = "30m")
    public void runDaily() {
        int sent = Actor.runAs("system:scheduler", this::remind);
        log.info("Registry reminders: {} sent", sent);
    }

    /** Raises the reminders not raised before, each remembered with its event in one transaction; returns how many. */
    public int remind() {
        Integer raised = transactions.execute(status -> {
            int count = 0;
            for (AttentionItem item : attention.compute()) {
                String subject = item.permitId() != null ? "permit:" + item.permitId() : item.link();
                if (sent.take(subject, item.reason(), threshold(item))) {
                    events.publishEvent(new AttentionRaised(item.reason(), item.organisationId(),
                            item.organisationName(), item.permitId(), item.permitNumber(), item.dueOn(), item.days(),
                            item.link()));
                    count++;
                }
            }
            return count;
        });
        return raised == null ? 0 : raised;
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
}
