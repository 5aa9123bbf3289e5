package vn.vientro.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the trail; every part optional.
 *
 * @param table   {@code schema.table} or a bare table name
 * @param beforeId keyset paging: only events older than this id
 */
public record AuditFilter(@Nullable String table, @Nullable String rowId, @Nullable String actor,
                          @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long beforeId, int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditFilter {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        table = blankToNull(table);
        rowId = blankToNull(rowId);
        actor = blankToNull(actor);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
