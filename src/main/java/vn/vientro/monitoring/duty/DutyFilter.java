package vn.vientro.monitoring.duty;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.MonitoringProblem;
import vn.vientro.shared.BusinessRuleException;

/**
 * What the list of duties shows, as the page's filter bar and the API's parameters say it.
 *
 * @param owner        the agency that owns or manages the aid item
 * @param organisation a foreign NGO: its own duties and those of the items it funds
 * @param item         one aid item
 * @param dueAfter     due on or after this day
 * @param dueBefore    due on or before this day
 */
public record DutyFilter(@Nullable Long owner, @Nullable Long organisation, @Nullable Long item,
                         @Nullable DutyKind kind, @Nullable DutyStatus status, @Nullable LocalDate dueAfter,
                         @Nullable LocalDate dueBefore, int page, int size) {

    public static final int MAX_SIZE = 200;

    public DutyFilter {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    /** A range that ends before it starts selects nothing: refused at its field rather than answered empty. */
    void requireOrderedRange() {
        if (dueAfter != null && dueBefore != null && dueAfter.isAfter(dueBefore)) {
            throw new BusinessRuleException(MonitoringProblem.DUE_RANGE_REVERSED, "monitoring.duties.dueRange",
                    "dueAfter", dueAfter, dueBefore);
        }
    }

    public static DutyFilter none() {
        return new DutyFilter(null, null, null, null, null, null, null, 0, 50);
    }
}
