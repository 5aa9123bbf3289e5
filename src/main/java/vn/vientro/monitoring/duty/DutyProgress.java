package vn.vientro.monitoring.duty;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.monitoring.ReportAction;
import vn.vientro.shared.NotFoundException;

/**
 * Makes a duty follow its report, in the report's transaction: the list's status and the chasing read the duty, so a
 * submission and the duty's "submitted" commit together or not at all. The report's service checked the permission.
 */
@Component
public class DutyProgress {

    private final ReportDutyRepository duties;
    private final Clock clock;

    DutyProgress(ReportDutyRepository duties, Clock clock) {
        this.duties = duties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void follow(long dutyId, ReportAction action, LocalDate on) {
        ReportDuty duty = duties.findById(dutyId).orElseThrow(() -> new NotFoundException("report duty", dutyId));
        duty.follow(action, on, clock.instant());
        duties.save(duty);
    }
}
