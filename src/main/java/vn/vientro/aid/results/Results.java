package vn.vientro.aid.results;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.item.AidItemLock;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.platform.Actor;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.WorkingDays;

/**
 * An item's results framework: the aid owner sets results, indicators, baselines and targets with the dossier, and
 * reports the actual value of each period once the aid is approved. After the decision the framework is the approved
 * one: only the focal point, or an administrator, adjusts it (as an amendment decision says).
 */
@Service
public class Results {

    private final ResultsStore store;
    private final ResultsQueries queries;
    private final ResultChecks checks;
    private final AidItemQueries items;
    private final AidPolicy policy;
    private final AidItemLock lock;
    private final AidRules rules;
    private final WorkingDays workingDays;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Results(ResultsStore store, ResultsQueries queries, ResultChecks checks, AidItemQueries items, AidPolicy policy,
            AidItemLock lock, AidRules rules, WorkingDays workingDays, Clock clock) {
        this.queries = queries;
        this.lock = lock;
        this.rules = rules;
        this.workingDays = workingDays;
        this.store = store;
        this.checks = checks;
        this.items = items;
        this.policy = policy;
        this.clock = clock;
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
        return store.insertResult(itemId, checks.result(input));
    }

    /** @throws StaleVersionException when the result changed or went since the user read it */
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void changeResult(long itemId, long resultId, long expectedVersion, ResultInput input) {
        definable(itemId);
        existingResult(itemId, resultId);
        if (!store.updateResult(resultId, expectedVersion, checks.result(input))) {
            throw new StaleVersionException("result", resultId);
        }
    }

    /** Removes the result with its indicators and their periods. */
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void removeResult(long itemId, long resultId, long expectedVersion) {
        definable(itemId);
        existingResult(itemId, resultId);
        if (!store.deleteResult(resultId, expectedVersion)) {
            throw new StaleVersionException("result", resultId);
        }
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public long addIndicator(long itemId, long resultId, IndicatorInput input) {
        definable(itemId);
        return store.insertIndicator(existingResult(itemId, resultId), checks.indicator(input, null, false));
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void changeIndicator(long itemId, long indicatorId, long expectedVersion, IndicatorInput input) {
        definable(itemId);
        Indicator current = existingIndicator(itemId, indicatorId);
        IndicatorInput checked = checks.indicator(input, current.measure(),
                !queries.periodsOf(indicatorId).isEmpty());
        if (!store.updateIndicator(indicatorId, expectedVersion, checked)) {
            throw new StaleVersionException("indicator", indicatorId);
        }
    }

    /** Removes the indicator with its periods. */
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void removeIndicator(long itemId, long indicatorId, long expectedVersion) {
        definable(itemId);
        existingIndicator(itemId, indicatorId);
        if (!store.deleteIndicator(indicatorId, expectedVersion)) {
            throw new StaleVersionException("indicator", indicatorId);
        }
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public long addPeriod(long itemId, long indicatorId, TargetInput input) {
        definable(itemId);
        Indicator indicator = existingIndicator(itemId, indicatorId);
        TargetInput checked = checks.target(indicator, input, queries.periodsOf(indicatorId), null);
        return store.insertPeriod(indicator, checked, reportDue(checked));
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void changeTarget(long itemId, long periodId, long expectedVersion, TargetInput input) {
        definable(itemId);
        IndicatorPeriod period = existingPeriod(itemId, periodId);
        Indicator indicator = existingIndicator(itemId, period.indicatorId());
        List<IndicatorPeriod> others = queries.periodsOf(indicator.id()).stream().filter(p -> p.id() != periodId)
                .toList();
        TargetInput checked = checks.target(indicator, input, others, period);
        if (!store.updateTarget(periodId, expectedVersion, checked, reportDue(checked))) {
            throw new StaleVersionException("period", periodId);
        }
    }

    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    @Transactional
    public void removePeriod(long itemId, long periodId, long expectedVersion) {
        definable(itemId);
        existingPeriod(itemId, periodId);
        if (!store.deletePeriod(periodId, expectedVersion)) {
            throw new StaleVersionException("period", periodId);
        }
    }

    /** Records, or corrects, what the period achieved. */
    @PreAuthorize(AidPolicy.REPORT_RESULTS)
    @Transactional
    public void report(long itemId, long periodId, long expectedVersion, ActualInput input) {
        lock.hold(itemId);
        AidItemRecord item = readable(itemId);
        IndicatorPeriod period = existingPeriod(itemId, periodId);
        Indicator indicator = existingIndicator(itemId, period.indicatorId());
        if (!item.status().reportsResults()) {
            throw ResultsLockedException.reporting(item.status());
        }
        if (!store.updateActual(periodId, expectedVersion, checks.actual(indicator, period, input),
                Actor.current())) {
            throw new StaleVersionException("period", periodId);
        }
    }

    private LocalDate reportDue(TargetInput period) {
        return rules.resultsReport().dueFrom(java.util.Objects.requireNonNull(period.end()), workingDays);
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
