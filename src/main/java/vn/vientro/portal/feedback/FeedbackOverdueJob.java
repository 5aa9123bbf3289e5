package vn.vientro.portal.feedback;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.platform.Actor;
import vn.vientro.portal.FeedbackOverdue;

/**
 * Once a day (and once across all nodes), tells of the feedback that passed its due date without a published answer:
 * each is taken in the ledger and its event published in one transaction, so running it twice tells nothing twice;
 * the notices follow the events after the commit.
 */
@Component
public class FeedbackOverdueJob {

    private static final Logger log = LoggerFactory.getLogger(FeedbackOverdueJob.class);

    private final FeedbackQueries queries;
    private final OverdueNoticeRepository ledger;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FeedbackOverdueJob(FeedbackQueries queries, OverdueNoticeRepository ledger, ApplicationEventPublisher events,
                       TransactionTemplate transactions, Clock clock) {
        this.queries = queries;
        this.ledger = ledger;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${vientro.portal.feedback.overdue-cron:0 55 6 * * *}",
            zone = "${vientro.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "portal.feedback-overdue", lockAtMostFor = "30m")
    public void runDaily() {
        int told = Actor.runAs("system:scheduler", () -> tell(LocalDate.now(clock)));
        log.info("Feedback overdue: {} told", told);
    }

    /** Tells of each feedback overdue on the day and not told of for its due date; returns how many. */
    public int tell(LocalDate today) {
        Integer told = transactions.execute(status -> {
            int count = 0;
            for (FeedbackRow row : queries.overdueRows(today)) {
                if (!ledger.existsByFeedbackIdAndDueOn(row.id(), row.dueOn())) {
                    ledger.save(OverdueNotice.sent(row.id(), row.dueOn()));
                    events.publishEvent(new FeedbackOverdue(row.id(), row.code(), row.dueOn(), row.agencyId()));
                    count++;
                }
            }
            return count;
        });
        return told == null ? 0 : told;
    }
}
