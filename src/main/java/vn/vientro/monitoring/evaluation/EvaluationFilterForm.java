package vn.vientro.monitoring.evaluation;

import org.jspecify.annotations.Nullable;

/** The list page's filter bar, each field optional. */
public record EvaluationFilterForm(@Nullable Long item, @Nullable EvaluationKind kind, @Nullable Long owner,
                                   @Nullable Integer page) {

    static final int PAGE_ROWS = 50;

    EvaluationFilter filter() {
        return new EvaluationFilter(item, kind, owner, page == null ? 0 : page, PAGE_ROWS);
    }
}
