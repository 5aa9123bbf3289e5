package vn.vientro.aid.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidResultsChanged;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.ClosedPeriod;
import vn.vientro.aid.closing.ClosingGuard;
import vn.vientro.aid.item.AidItemLock;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.platform.Actor;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.WorkingDays;

/**
 * An item's results framework: the aid owner sets results, indicators, baselines and targets with the dossier, and
 * reports the actual value of each period once the aid is approved. After the decision the framework is the approved
 * one: only the focal point, or an administrator, adjusts it (as an amendment decision says). Every change holds the
 * item's row first, so the rules spanning the framework's parts (see {@link FrameworkResult}) see no concurrent write.
 */
@Service
public class Results {

    private final FrameworkResultRepository results;
    private final FrameworkIndicatorRepository indicators;
    private final FrameworkPeriodRepository periods;
    private final ResultsQueries queries;
    private final AidItemQueries items;
    private final AidPolicy policy;
    private final AidItemLock lock;
    private final AidRules rules;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ClosingGuard closing;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Results(FrameworkResultRepository results, FrameworkIndicatorRepository indicators,
            FrameworkPeriodRepository periods, ResultsQueries queries, AidItemQueries items, AidPolicy policy,
            AidItemLock lock, AidRules rules, WorkingDays workingDays, Clock clock,
            ApplicationEventPublisher events, ClosingGuard closing) {
        this.closing = closing;
        this.results = results;
        this.indicators = indicators;
        this.periods = periods;
        this.queries = queries;
        this.items = items;
        this.policy = policy;
        this.lock = lock;
        this.rules = rules;
        this.workingDays = workingDays;
        this.clock = clock;
        this.events = events;
    }

    /** Whether the signed-in user may change the framework's results, indicators and targets now. */
    public boolean mayDefine(AidItemRecord item) {
        AidStatus status = item.status();
        // while the dossier is open the owner shapes it; approved and not finished, the focal point adjusts it
        return policy.actsForOwner(item) && (status.isDossierOpen() || (status.isActive()
                || status == AidStatus.SUSPENDED) && policy.adjustsApprovedResults());
    }

    /** Whether the signed-in user may report actual values now. */
    public boolean mayReport(AidItemRecord item) {
        return policy.actsForOwner(item) && item.status().reportsResults();
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public ResultsFramework framework(long itemId) {
        AidItemRecord item = readable(itemId);
        return ResultsFramework.assemble(itemId, item.status().reportsResults(), LocalDate.now(clock),
                queries.results(itemId), queries.indicators(itemId), queries.periods(itemId));
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public Result result(long itemId, long resultId) {
        readable(itemId);
        return existingResult(itemId, resultId);
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public Indicator indicator(long itemId, long indicatorId) {
        readable(itemId);
        return existingIndicator(itemId, indicatorId);
    }

    /** The indicator's latest period, after which a new one starts. */
    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public Optional<IndicatorPeriod> lastPeriod(long itemId, long indicatorId) {
        readable(itemId);
        List<IndicatorPeriod> periods = queries.periodsOf(existingIndicator(itemId, indicatorId).id());
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public IndicatorPeriod period(long itemId, long periodId) {
        readable(itemId);
        return existingPeriod(itemId, periodId);
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public long addResult(long itemId, ResultInput input) {
        definable(itemId);
        long id = results.save(FrameworkResult.add(itemId, queries.nextResultPosition(itemId), input)).id();
        changed(itemId);
        return id;
    }

    /** @throws StaleVersionException when the result changed since the user read it */
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void changeResult(long itemId, long resultId, long expectedVersion, ResultInput input) {
        definable(itemId);
        FrameworkResult result = loadResult(itemId, resultId);
        seen(result.version(), expectedVersion, "result", resultId);
        result.change(input);
        results.save(result);
        changed(itemId);
    }

    /** Removes the result with its indicators and their periods. */
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void removeResult(long itemId, long resultId, long expectedVersion) {
        definable(itemId);
        FrameworkResult result = loadResult(itemId, resultId);
        seen(result.version(), expectedVersion, "result", resultId);
        results.delete(result);
        changed(itemId);
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public long addIndicator(long itemId, long resultId, IndicatorInput input) {
        definable(itemId);
        FrameworkResult result = loadResult(itemId, resultId);
        long id = indicators.save(FrameworkIndicator.define(result, queries.nextIndicatorPosition(resultId), input,
                LocalDate.now(clock))).id();
        changed(itemId);
        return id;
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void changeIndicator(long itemId, long indicatorId, long expectedVersion, IndicatorInput input) {
        definable(itemId);
        FrameworkIndicator indicator = loadIndicator(itemId, indicatorId);
        seen(indicator.version(), expectedVersion, "indicator", indicatorId);
        indicator.redefine(input, !queries.periodsOf(indicatorId).isEmpty(), LocalDate.now(clock));
        indicators.save(indicator);
        changed(itemId);
    }

    /** Removes the indicator with its periods. */
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void removeIndicator(long itemId, long indicatorId, long expectedVersion) {
        definable(itemId);
        FrameworkIndicator indicator = loadIndicator(itemId, indicatorId);
        seen(indicator.version(), expectedVersion, "indicator", indicatorId);
        indicators.delete(indicator);
        changed(itemId);
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public long addPeriod(long itemId, long indicatorId, TargetInput input) {
        definable(itemId);
        FrameworkIndicator indicator = loadIndicator(itemId, indicatorId);
        long id = periods.save(FrameworkPeriod.plan(indicator, input, queries.periodsOf(indicatorId),
                LocalDate.now(clock), this::reportDue)).id();
        changed(itemId);
        return id;
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void changeTarget(long itemId, long periodId, long expectedVersion, TargetInput input) {
        definable(itemId);
        FrameworkPeriod period = loadPeriod(itemId, periodId);
        seen(period.version(), expectedVersion, "period", periodId);
        FrameworkIndicator indicator = loadIndicator(itemId, period.indicatorId());
        List<IndicatorPeriod> others = queries.periodsOf(indicator.id()).stream().filter(p -> p.id() != periodId)
                .toList();
        if (!Objects.equals(input.end(), period.end()) || !Objects.equals(input.start(), period.start())) {
            keptInClosedPeriod(period);
        }
        period.retarget(indicator.measure(), input, others, LocalDate.now(clock), this::reportDue);
        periods.save(period);
        changed(itemId);
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void removePeriod(long itemId, long periodId, long expectedVersion) {
        definable(itemId);
        FrameworkPeriod period = loadPeriod(itemId, periodId);
        seen(period.version(), expectedVersion, "period", periodId);
        keptInClosedPeriod(period);
        periods.delete(period);
        changed(itemId);
    }

    /** The closed reporting period the period ends in, whose report counted its result, if any. */
    @Transactional(readOnly = true)
    public Optional<ClosedPeriod> closedPeriodOf(IndicatorPeriod period) {
        return closing.covering(period.end());
    }

    /**
     * Records, or corrects, what the period achieved; for a period ending inside a closed reporting period only with
     * a reason ({@link ActualInput#closeReason()}), logged as a post-close correction.
     */
    @PreAuthorize(AidPolicy.REPORT_RESULTS)
    @Transactional
    public void report(long itemId, long periodId, long expectedVersion, ActualInput input) {
        lock.hold(itemId);
        AidItemRecord item = readable(itemId);
        FrameworkPeriod period = loadPeriod(itemId, periodId);
        FrameworkIndicator indicator = loadIndicator(itemId, period.indicatorId());
        if (!item.status().reportsResults()) {
            throw ResultsLockedException.reporting(item.status());
        }
        seen(period.version(), expectedVersion, "period", periodId);
        Optional<ClosedPeriod> closed = closing.check(period.end(), period.end(), input.closeReason());
        BigDecimal valueBefore = period.actualValue();
        String commentBefore = period.actualComment();
        boolean reportedBefore = period.reported();
        Instant at = Instant.now(clock);
        period.report(indicator.measure(), input, Actor.current(), at, LocalDate.now(clock));
        periods.save(period);
        closed.ifPresent(within -> closing.logResult(within, itemId, periodId, indicator.title(),
                reportedBefore ? "CORRECTED" : "RECORDED", period.start(), period.end(), valueBefore,
                period.actualValue(), commentBefore, period.actualComment(), Objects.requireNonNull(input.closeReason()),
                Actor.current(), at));
        changed(itemId);
    }

    /**
     * A reported period ending inside a closed reporting period stays where it is: the reports issued for that period
     * counted its result, so its actual value is corrected (with a reason) rather than the period moved or removed.
     */
    private void keptInClosedPeriod(FrameworkPeriod period) {
        if (period.reported()) {
            closing.covering(period.end()).ifPresent(closed -> {
                throw new InvalidInputException("end", "aid.closing.resultKept", closed.code(), closed.firstDay(),
                        closed.lastDay());
            });
        }
    }

    /** The framework or what it achieved changed: the portal shows an item's results, and renews its pages. */
    private void changed(long itemId) {
        events.publishEvent(new AidResultsChanged(itemId));
    }

    private LocalDate reportDue(LocalDate periodEnd) {
        return rules.resultsReport().dueFrom(periodEnd, workingDays);
    }

    /** The version the caller saw must be the one loaded; a save that loses a race after this fails in the save. */
    private static void seen(@Nullable Long version, long expectedVersion, String what, long id) {
        if (!Objects.equals(version, expectedVersion)) {
            throw new StaleVersionException(what, id);
        }
    }

    private FrameworkResult loadResult(long itemId, long resultId) {
        return results.findById(resultId).filter(r -> r.itemId() == itemId)
                .orElseThrow(() -> new NotFoundException("result", resultId));
    }

    private FrameworkIndicator loadIndicator(long itemId, long indicatorId) {
        return indicators.findById(indicatorId).filter(i -> i.itemId() == itemId)
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
    }

    private FrameworkPeriod loadPeriod(long itemId, long periodId) {
        return periods.findById(periodId).filter(p -> p.itemId() == itemId)
                .orElseThrow(() -> new NotFoundException("indicator period", periodId));
    }

    private AidItemRecord readable(long itemId) {
        return items.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
    }

    private void definable(long itemId) {
        lock.hold(itemId);
        AidItemRecord item = readable(itemId);
        if (!mayDefine(item)) {
            throw ResultsLockedException.framework(item.status());
        }
    }

    private Result existingResult(long itemId, long resultId) {
        return queries.result(resultId).filter(r -> r.itemId() == itemId)
                .orElseThrow(() -> new NotFoundException("result", resultId));
    }

    private Indicator existingIndicator(long itemId, long indicatorId) {
        return queries.indicator(indicatorId).filter(i -> i.itemId() == itemId)
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
    }

    private IndicatorPeriod existingPeriod(long itemId, long periodId) {
        return queries.period(periodId).filter(p -> p.itemId() == itemId)
                .orElseThrow(() -> new NotFoundException("indicator period", periodId));
    }
}
