package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.platform.Actor;

/**
 * Once a day (and once across all nodes), tells the appraisal lead of each opinion still awaited after its due date:
 * once per request, remembered in {@code overdue_noticed_on}. The request publishes {@code OpinionOverdue} when it is
 * saved; the few requests a day falls due for are marked one by one, each in its own transaction, so an answer given
 * meanwhile costs only its own notice.
 */
@Component
public class OverdueOpinionJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueOpinionJob.class);

    private final OpinionRequestQueries queries;
    private final OpinionRequestRepository requests;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueOpinionJob(OpinionRequestQueries queries, OpinionRequestRepository requests,
                      TransactionTemplate transactions, Clock clock) {
        this.queries = queries;
        this.requests = requests;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${vientro.aid.appraisal.overdue-cron:0 40 6 * * *}",
            zone = "${vientro.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "aid.opinion-overdue", lockAtMostFor = "30m")
    public void runDaily() {
        int sent = Actor.runAs("system:scheduler", this::noticeOverdue);
        log.info("Overdue opinion notices: {} sent", sent);
    }

    /** Sends the notices not sent before; returns how many requests were noticed. */
    public int noticeOverdue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (long id : queries.overdueUnnoticed(today)) {
            try {
                sent += Boolean.TRUE.equals(transactions.execute(status -> notice(id, today))) ? 1 : 0;
            } catch (OptimisticLockingFailureException e) {
                // answered or withdrawn since it was listed: nothing to tell; if still awaited, the next run tells
                log.info("Opinion request {} changed while its overdue notice was made; left for the next run", id);
            }
        }
        return sent;
    }

    private boolean notice(long id, LocalDate today) {
        OpinionRequest request = requests.findById(id).orElseThrow();
        if (!request.noticeOverdue(today)) {
            return false;
        }
        requests.save(request);
        return true;
    }
}
