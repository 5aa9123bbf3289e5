package vn.vientro.monitoring.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * What the list of evaluations shows, as the page's filter bar and the API's parameters say it.
 *
 * @param item  one aid item: its evaluations, the list an item's page links to
 * @param owner the agency that owns or manages the evaluated items
 * @param page  from 0
 */
public record EvaluationFilter(@Nullable Long item, @Nullable EvaluationKind kind, @Nullable Long owner, int page,
                               int size) {

    public static final int MAX_SIZE = 200;

    public EvaluationFilter {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    long offset() {
        return (long) page * size;
    }
}
