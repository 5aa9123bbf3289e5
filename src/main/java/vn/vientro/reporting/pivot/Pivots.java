package vn.vientro.reporting.pivot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.Actor;
import vn.vientro.platform.CurrentUser;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.reporting.StatisticsFilters;
import vn.vientro.reporting.pivot.SavedPivotQueries.SavedPivotRow;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.Role;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

/**
 * The pivot builder (issue 18 §4): figures of approved aid by any two of the dimensions against a third, within what
 * the reader may read; pivots saved under a name and shared with a role.
 */
@Service
public class Pivots {

    private final PivotComputation computation;
    private final StatisticsFilters filters;
    private final SavedPivotRepository saved;
    private final SavedPivotQueries queries;
    private final Clock clock;

    Pivots(PivotComputation computation, StatisticsFilters filters, SavedPivotRepository saved,
           SavedPivotQueries queries, Clock clock) {
        this.computation = computation;
        this.filters = filters;
        this.saved = saved;
        this.queries = queries;
        this.clock = clock;
    }

    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    @Transactional(readOnly = true)
    public PivotTable compute(PivotQuery query, Locale locale) {
        return computation.compute(query, filters.of(query.period(), query.choice()), locale);
    }

    /** The user's own pivots and those shared with a role they hold. */
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    @Transactional(readOnly = true)
    public List<SavedPivotRow> savedPivots() {
        List<Role> roles = Arrays.stream(Role.values()).filter(CurrentUser::holdsAny).toList();
        return queries.visibleTo(Actor.current(), roles);
    }

    /** The query a saved pivot keeps, read as today reads it. */
    @PreAuthorize(ReportingPolicy.READ_PIVOT)
    @Transactional(readOnly = true)
    public SavedPivotRow open(long pivotId) {
        return row(load(pivotId));
    }

    /** Saves the pivot under a name, shared with a role or none; returns its number. */
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    @Transactional
    public long save(String name, @Nullable Role sharedRole, PivotQuery query) {
        String checked = name(name);
        return Objects.requireNonNull(saved.save(SavedPivot.of(checked, query.queryString(), Actor.current(),
                sharedRole, clock.instant())).id());
    }

    /** Saves the owner's pivot anew (another name, query or role); refused when it changed meanwhile. */
    @PreAuthorize(ReportingPolicy.EDIT_PIVOT)
    @Transactional
    public void redefine(long pivotId, long expectedVersion, String name, @Nullable Role sharedRole,
                         PivotQuery query) {
        SavedPivot pivot = load(pivotId);
        if (pivot.version() != expectedVersion) {
            throw new StaleVersionException("saved pivot", pivotId);
        }
        pivot.redefine(name(name), query.queryString(), sharedRole, clock.instant());
        saved.save(pivot);
    }

    @PreAuthorize(ReportingPolicy.EDIT_PIVOT)
    @Transactional
    public void delete(long pivotId, long expectedVersion) {
        SavedPivot pivot = load(pivotId);
        if (pivot.version() != expectedVersion) {
            throw new StaleVersionException("saved pivot", pivotId);
        }
        saved.delete(pivot);
    }

    /** The pivot a saved one keeps, with today's defaults for anything it leaves out. */
    PivotQuery queryOf(SavedPivotRow pivot) {
        return PivotQuery.fromQueryString(pivot.query(), LocalDate.now(clock));
    }

    private SavedPivot load(long pivotId) {
        return saved.findById(pivotId).orElseThrow(() -> new NotFoundException("saved pivot", pivotId));
    }

    private SavedPivotRow row(SavedPivot pivot) {
        return new SavedPivotRow(Objects.requireNonNull(pivot.id()), pivot.version(), pivot.name(), pivot.query(),
                pivot.owner(), pivot.sharedRole(), pivot.updatedAt());
    }

    private static String name(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("name", "validation.required");
        }
        TextLength.require("name", stripped, TextLength.NAME);
        return stripped;
    }
}
