package vn.vientro.monitoring.duty;

import java.util.List;

/** One page of the list of duties, by due date, and how many the filter selects in all. */
public record DutyPage(List<DutyRow> rows, long total, int page, int pageCount) {
}
