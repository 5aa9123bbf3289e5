package vn.vientro.audit;

import org.jspecify.annotations.Nullable;

/** One line of the audit log as a reader sees it: the change, the table's name, the record's name when known. */
public record AuditLine(AuditEvent event, String tableLabel, @Nullable NamedRecord record) {
}
