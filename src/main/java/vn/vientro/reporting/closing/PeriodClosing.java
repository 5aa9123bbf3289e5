package vn.vientro.reporting.closing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.ClosedPeriod;
import vn.vientro.aid.ClosedPeriods;
import vn.vientro.aid.PostCloseCorrection;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.shared.InvalidInputException;

/**
 * Closing a reporting period (issue 18, point 5, as AMP's data freeze): the focal point closes a period whose reports
 * were sent; from then on money dated inside it changes only with a reason, logged as a post-close correction. The
 * closed periods live in the aid module, whose writes the rule guards ({@link ClosedPeriods} says why); this service
 * is the reporting module's side: who may close (its policy), which periods may be closed (only ended ones), and the
 * list of closed periods and corrections for the focal point.
 */
@Service
public class PeriodClosing {

    private final ClosedPeriods closed;
    private final Clock clock;

    PeriodClosing(ClosedPeriods closed, Clock clock) {
        this.closed = closed;
        this.clock = clock;
    }

    /**
     * Closes the period; a period not yet begun cannot be closed (nothing of it was reported).
     *
     * @throws InvalidInputException when it starts after today or is closed already
     */
    @PreAuthorize(ReportingPolicy.CLOSE_PERIODS)
    @Transactional
    public long close(ReportingPeriod period) {
        if (period.firstDay().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("period", "reporting.closing.notStarted");
        }
        return closed.close(period.code(), period.firstDay(), period.lastDay());
    }

    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional(readOnly = true)
    public List<ClosedPeriod> closedPeriods() {
        return closed.list();
    }

    /** The corrections recorded in the last {@code days} days, the newest last. */
    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    @Transactional(readOnly = true)
    public List<PostCloseCorrection> recentCorrections(int days) {
        Instant now = Instant.now(clock);
        return closed.recordedBetween(now.minus(java.time.Duration.ofDays(days)), now.plusSeconds(1));
    }
}
