package vn.vientro.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change; {@code before} and {@code after} are the row as JSON text (secrets masked). */
public record AuditEvent(long id, Instant occurredAt, String actor, String operation, String table,
                         @Nullable String rowId, @JsonRawValue @Nullable String before,
                         @JsonRawValue @Nullable String after) {
}
