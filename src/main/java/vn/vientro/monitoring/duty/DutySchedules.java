package vn.vientro.monitoring.duty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.ReportingBasis;

/**
 * Keeps an aid item's reporting duties in line with its dates and the rules: generated on approval, regenerated when
 * the dates change. A duty still ahead and unsubmitted follows the new plan (or goes, if the plan no longer has it);
 * one submitted or already due stays as it was. Regenerating twice from the same facts changes nothing.
 * Called by the aid module's events and the start-up backfill only, as the system: it has no user to check.
 */
@Service
class DutySchedules {

    private final AidReportingQueries aid;
    private final DutyPlanner planner;
    private final ReportDutyRepository duties;
    private final DutyLock lock;
    private final Clock clock;

    DutySchedules(AidReportingQueries aid, DutyPlanner planner, ReportDutyRepository duties, DutyLock lock,
                  Clock clock) {
        this.aid = aid;
        this.planner = planner;
        this.duties = duties;
        this.lock = lock;
        this.clock = clock;
    }

    @Transactional
    public void regenerate(long itemId) {
        lock.hold(itemId);
        Optional<ReportingBasis> basis = aid.basis(itemId);
        List<PlannedDuty> plan = basis.map(planner::plan).orElse(List.of());
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<ReportDuty> kept = new ArrayList<>(duties.findByAidItemId(itemId));
        for (PlannedDuty planned : plan) {
            Optional<ReportDuty> existing = kept.stream().filter(duty -> duty.sameReportAs(planned)).findFirst();
            if (existing.isEmpty()) {
                duties.save(ReportDuty.of(basis.orElseThrow(), planned, now));
            } else {
                kept.remove(existing.get());
                if (!existing.get().settled(today) && existing.get().replan(basis.orElseThrow(), planned, now)) {
                    duties.save(existing.get());
                }
            }
        }
        duties.deleteAll(kept.stream().filter(duty -> !duty.settled(today)).toList());
    }
}
