package vn.vientro.monitoring.duty;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.DutyKind;

/** The list page's filter bar, each field optional; a value that did not bind stays empty and shows its error. */
public record DutyFilterForm(@Nullable Long owner, @Nullable Long organisation, @Nullable Long item,
                             @Nullable DutyKind kind, @Nullable DutyStatus status, @Nullable LocalDate dueAfter,
                             @Nullable LocalDate dueBefore, @Nullable Integer page) {

    static final int PAGE_ROWS = 50;

    DutyFilter filter() {
        return new DutyFilter(owner, organisation, item, kind, status, dueAfter, dueBefore,
                page == null ? 0 : page, PAGE_ROWS);
    }
}
