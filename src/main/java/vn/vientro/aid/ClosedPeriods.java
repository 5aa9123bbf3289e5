package vn.vientro.aid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.closing.ClosingQueries;
import vn.vientro.aid.closing.PeriodClose;
import vn.vientro.aid.closing.PeriodCloseRepository;
import vn.vientro.platform.Actor;
import vn.vientro.shared.InvalidInputException;

/**
 * The closed reporting periods, for the reporting module (issue 18, point 5, as AMP's data freeze). The rule they
 * carry guards the aid module's own writes (money dated, and results of indicator periods ending, inside a closed
 * period change only with a reason, logged as a {@link PostCloseCorrection} or a {@link PostCloseResultCorrection}),
 * so they are kept here, where {@code aid.money} and {@code aid.results} check them without knowing the
 * reporting module: reporting depends on aid and calls this service to close a period and to read the corrections;
 * aid never depends on reporting. A closed period is never reopened: a change after it is a correction with its
 * reason, which keeps every report issued for it reproducible and explained.
 */
@Service
public class ClosedPeriods {

    private final PeriodCloseRepository closes;
    private final ClosingQueries queries;
    private final Clock clock;

    ClosedPeriods(PeriodCloseRepository closes, ClosingQueries queries, Clock clock) {
        this.closes = closes;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Closes the days from {@code firstDay} to {@code lastDay} under the reporting period's code.
     *
     * @throws InvalidInputException when the period is closed already
     */
    @PreAuthorize(AidPolicy.CLOSE_PERIODS)
    @Transactional
    public long close(String code, LocalDate firstDay, LocalDate lastDay) {
        if (queries.byCode(code).isPresent()) {
            throw new InvalidInputException("period", "aid.closing.alreadyClosed", code);
        }
        return closes.save(PeriodClose.of(code, firstDay, lastDay, Actor.current(), Instant.now(clock))).id();
    }

    @Transactional(readOnly = true)
    public List<ClosedPeriod> list() {
        return queries.all();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ClosedPeriod> byCode(String code) {
        return queries.byCode(code);
    }

    /** The corrections recorded from one instant (inclusive) to another (exclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<PostCloseCorrection> recordedBetween(Instant from, Instant to) {
        return queries.recordedBetween(from, to);
    }

    /** The corrections to money dated within the days, recorded after the instant, oldest first. */
    @Transactional(readOnly = true)
    public List<PostCloseCorrection> datedWithin(LocalDate firstDay, LocalDate lastDay, Instant after) {
        return queries.datedWithin(firstDay, lastDay, after);
    }

    /** The corrections of results recorded from one instant (inclusive) to another (exclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<PostCloseResultCorrection> resultsRecordedBetween(Instant from, Instant to) {
        return queries.resultsRecordedBetween(from, to);
    }

    /** The corrections of results of indicator periods ending within the days, recorded after the instant. */
    @Transactional(readOnly = true)
    public List<PostCloseResultCorrection> resultsEndingWithin(LocalDate firstDay, LocalDate lastDay, Instant after) {
        return queries.resultsEndingWithin(firstDay, lastDay, after);
    }
}
