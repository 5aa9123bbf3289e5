package vn.vientro.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Implemented by each module for the tables it owns, so that the audit log names a changed record as its users know
 * it instead of {@code registry.permit #42}: the audit module sits below every other one and cannot read their
 * tables itself. A module names only rows of its own tables and leaves the others out of the answer.
 */
public interface RecordNames {

    /** The names of the rows this module owns, by {@link AuditedRow#eventId()}; one query per table, not per row. */
    Map<Long, NamedRecord> name(List<AuditedRow> rows, Locale locale);

    /**
     * Names rows through the record each belongs to: {@code owner} finds the record's key in a row (or nothing for
     * rows this module does not name), {@code names} names all those records at once.
     */
    static Map<Long, NamedRecord> throughOwners(List<AuditedRow> rows, Function<AuditedRow, Optional<Long>> owner,
                                                Function<Set<Long>, Map<Long, NamedRecord>> names) {
        Map<Long, Long> ownerOfEvent = new HashMap<>();
        rows.forEach(row -> owner.apply(row).ifPresent(key -> ownerOfEvent.put(row.eventId(), key)));
        if (ownerOfEvent.isEmpty()) {
            return Map.of();
        }
        Map<Long, NamedRecord> named = names.apply(new HashSet<>(ownerOfEvent.values()));
        Map<Long, NamedRecord> byEvent = new HashMap<>();
        ownerOfEvent.forEach((event, key) -> {
            NamedRecord name = named.get(key);
            if (name != null) {
                byEvent.put(event, name);
            }
        });
        return byEvent;
    }

    /** Reads a query's {@code id} and {@code label} columns into names whose page is {@code pageOf} + id. */
    static Map<Long, NamedRecord> read(JdbcClient.StatementSpec query, String pageOf) {
        return query.query((rs, n) -> Map.entry(rs.getLong("id"),
                        new NamedRecord(rs.getString("label"), pageOf + rs.getLong("id"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
