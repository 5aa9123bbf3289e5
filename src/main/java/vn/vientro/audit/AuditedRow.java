package vn.vientro.audit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row a recorded change touched, as a module that owns the table needs it to name the record: its table
 * ({@code schema.table}), its key, and the columns it held (after the change, or before a delete) — a child row names
 * its parent through the column that refers to it.
 */
public final class AuditedRow {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long eventId;
    private final String table;
    private final @Nullable String rowId;
    private final @Nullable JsonNode columns;

    AuditedRow(AuditEvent event) {
        this.eventId = event.id();
        this.table = event.table();
        this.rowId = event.rowId();
        String json = event.after() != null ? event.after() : event.before();
        this.columns = json == null ? null : JSON.readTree(json);
    }

    public long eventId() {
        return eventId;
    }

    public String table() {
        return table;
    }

    /** The row's own key when it is a number. */
    public Optional<Long> id() {
        return rowId == null ? Optional.empty() : parsed(rowId);
    }

    /** A column holding a number, such as the key of the record the row belongs to. */
    public Optional<Long> number(String column) {
        JsonNode node = columns == null ? null : columns.get(column);
        return node == null || node.isNull() ? Optional.empty() : parsed(node.asString());
    }

    /**
     * The record the row belongs to: the row itself when it is of {@code ownTable}, else the first of the columns
     * that refer to that record.
     */
    public Optional<Long> owner(String ownTable, String... referenceColumns) {
        if (table.equals(ownTable)) {
            return id();
        }
        for (String column : referenceColumns) {
            Optional<Long> reference = number(column);
            if (reference.isPresent()) {
                return reference;
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> parsed(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
