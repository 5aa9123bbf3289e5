package vn.vientro.monitoring.duty;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidReportingQueries;

/**
 * Generates the duties of items approved before this module kept them (or loaded without events, as the demo's and a
 * bulk load's older items), once the application is ready and off its start-up path. Items that have duties are left
 * to the events.
 */
@Component
class DutyBackfill {

    private static final Logger log = LoggerFactory.getLogger(DutyBackfill.class);

    private final AidReportingQueries aid;
    private final DutyQueries duties;
    private final DutySchedules schedules;

    DutyBackfill(AidReportingQueries aid, DutyQueries duties, DutySchedules schedules) {
        this.aid = aid;
        this.duties = duties;
        this.schedules = schedules;
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    public void generateMissing() {
        Set<Long> withDuties = duties.itemsWithDuties();
        int generated = 0;
        for (long itemId : aid.approvedItemIds()) {
            if (!withDuties.contains(itemId)) {
                generated += generate(itemId);
            }
        }
        if (generated > 0) {
            log.info("Generated the reporting duties of {} approved aid items", generated);
        }
    }

    /** One item's failure is logged and the others go on: the boundary of a batch, as an import row's. */
    private int generate(long itemId) {
        try {
            schedules.regenerate(itemId);
            return 1;
        } catch (Exception e) {
            log.error("Reporting duties of aid item {} not generated", itemId, e);
            return 0;
        }
    }
}
