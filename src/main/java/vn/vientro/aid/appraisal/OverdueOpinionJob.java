package vn.vientro.aid.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.aid.OpinionOverdue;
import vn.vientro.platform.Actor;

/**
 * Once a day (and once across all nodes), tells the appraisal lead of each opinion still awaited after its due date:
 * once per request, remembered in {@code overdue_noticed_on}.
 */
@Component
public class OverdueOpinionJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueOpinionJob.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueOpinionJob(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
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
        Integer sent = transactions.execute(status -> {
            var overdue = jdbc.sql("""
                    update aid.opinion_request o set overdue_noticed_on = :today
                      from aid.aid_item i
                     where i.id = o.aid_item and i.status = 'UNDER_APPRAISAL' and o.answered_on is null
                       and o.withdrawn_on is null and o.overdue_noticed_on is null and o.due_on < :today
                    returning o.aid_item, o.id, o.confidential
                    """).param("today", today).query((rs, n) -> new OpinionOverdue(rs.getLong("aid_item"),
                    rs.getLong("id"), rs.getBoolean("confidential"))).list();
            overdue.forEach(events::publishEvent);
            return overdue.size();
        });
        return sent == null ? 0 : sent;
    }

}
