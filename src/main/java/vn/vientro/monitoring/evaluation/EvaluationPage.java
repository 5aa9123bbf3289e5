package vn.vientro.monitoring.evaluation;

import java.util.List;

/** One page of the list of evaluations, newest first, and how many the filter selects in all. */
public record EvaluationPage(List<EvaluationRow> rows, long total, int page, int pageCount) {
}
