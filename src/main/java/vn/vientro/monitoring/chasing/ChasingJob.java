package vn.vientro.monitoring.chasing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.monitoring.ChaseStage;
import vn.vientro.monitoring.DutyChased;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.NgoDutyChased;
import vn.vientro.registry.NgoDuty;
import vn.vientro.registry.NgoDutyQueries;
import vn.vientro.monitoring.duty.DutyFacts;
import vn.vientro.monitoring.duty.DutyQueries;
import vn.vientro.monitoring.duty.DutyRules;
import vn.vientro.platform.Actor;

/**
 * Once a day (and once across all nodes), chases the generated duties whose report is not submitted: a reminder when
 * due within the "due soon" window, a chase once overdue, escalations to the governing agency's leaders and to the
 * provincial leaders after the configured days; and the foreign NGOs' own duties (their plan, their annual report), of
 * which the focal point is told. Each stage is taken in the ledger and its event published in one
 * transaction, so running it twice sends nothing twice; the notices follow the events after the commit.
 */
@Component
public class ChasingJob {

    private static final Logger log = LoggerFactory.getLogger(ChasingJob.class);

    private final DutyQueries duties;
    private final NgoDutyQueries ngoDuties;
    private final DutyRules dutyRules;
    private final ChasingRules rules;
    private final ChaseLedger ledger;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ChasingJob(DutyQueries duties, NgoDutyQueries ngoDuties, DutyRules dutyRules, ChasingRules rules, ChaseLedger ledger,
               ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.duties = duties;
        this.ngoDuties = ngoDuties;
        this.dutyRules = dutyRules;
        this.rules = rules;
        this.ledger = ledger;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${vientro.monitoring.chasing.cron:0 50 6 * * *}", zone = "${vientro.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "monitoring.chasing", lockAtMostFor = "30m")
    public void runDaily() {
        int sent = Actor.runAs("system:scheduler", () -> chase(LocalDate.now(clock)));
        log.info("Report chasing: {} stages sent", sent);
    }

    /** Sends the stages reached on the day and not sent before; returns how many were sent. */
    public int chase(LocalDate today) {
        Integer sent = transactions.execute(status -> {
            int count = 0;
            LocalDate dueUntil = today.plusDays(dutyRules.dueSoonDays());
            Map<Long, Set<ChaseStage>> sentBefore = ledger.sentUntil(dueUntil);
            for (DutyFacts duty : duties.open(dueUntil)) {
                Set<ChaseStage> taken = sentBefore.getOrDefault(duty.dutyId(), Set.of());
                for (ChaseStage stage : reached(duty.dueOn(), today)) {
                    if (!taken.contains(stage) && ledger.take(duty.dutyId(), stage, duty.dueOn(), today)) {
                        events.publishEvent(new DutyChased(duty.dutyId(), stage, duty.kind(), duty.itemCode(),
                                duty.itemNameVi(), duty.ownerAgencyId(), duty.managingAgencyId(), duty.dueOn(),
                                Math.abs(ChronoUnit.DAYS.between(today, duty.dueOn()))));
                        count++;
                    }
                }
            }
            return count + chaseNgos(today, dueUntil);
        });
        return sent == null ? 0 : sent;
    }

    /**
     * The foreign NGOs' own duties not done, due by the end of the "due soon" window and at most a year overdue (an
     * older one is the registry's attention list's, not a daily reminder's): a reminder, then one chase, each stage
     * taken per organisation and told once for all the organisations that reached it the same day.
     */
    private int chaseNgos(LocalDate today, LocalDate dueUntil) {
        Map<NgoChase, List<String>> reached = new LinkedHashMap<>();
        for (NgoDuty duty : ngoDuties.duties(null, today.minusYears(1), dueUntil)) {
            if (duty.doneOn() != null) {
                continue;
            }
            ChaseStage stage = duty.dueOn().isBefore(today) ? ChaseStage.OVERDUE : ChaseStage.DUE_SOON;
            if (ledger.takeNgo(duty.organisationId(), duty.kind(), stage, duty.dueOn(), today)) {
                reached.computeIfAbsent(new NgoChase(NgoDuty.PLAN.equals(duty.kind()) ? DutyKind.NGO_PLAN
                        : DutyKind.NGO_ANNUAL_REPORT, stage, duty.dueOn()), chase -> new ArrayList<>())
                        .add(duty.organisationName());
            }
        }
        reached.forEach((chase, organisations) -> events.publishEvent(new NgoDutyChased(chase.kind(), chase.stage(),
                chase.dueOn(), Math.abs(ChronoUnit.DAYS.between(today, chase.dueOn())), organisations)));
        return reached.values().stream().mapToInt(List::size).sum();
    }

    /** NGOs' duties told of together: of one kind and due date, at one stage. */
    private record NgoChase(DutyKind kind, ChaseStage stage, LocalDate dueOn) {
    }

    /** The stages a report due on the day has reached today, in calendar days as the list counts them. */
    List<ChaseStage> reached(LocalDate dueOn, LocalDate today) {
        long late = ChronoUnit.DAYS.between(dueOn, today);
        List<ChaseStage> stages = new ArrayList<>();
        if (late <= 0) {
            stages.add(ChaseStage.DUE_SOON);
            return stages;
        }
        stages.add(ChaseStage.OVERDUE);
        if (late >= rules.governingLeaderAfterDays()) {
            stages.add(ChaseStage.GOVERNING_LEADER);
        }
        if (late >= rules.provincialLeaderAfterDays()) {
            stages.add(ChaseStage.PROVINCIAL_LEADER);
        }
        return stages;
    }
}
