package vn.vientro.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "audit", description = "The audit trail (ADMIN, LEADER)")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit-events")
    @PreAuthorize(AuditPolicy.READ)
    @Operation(summary = "Recorded changes, newest first; filter by table (schema.table or table) and row id")
    List<AuditEvent> events(@RequestParam(required = false) @Nullable String table,
                            @RequestParam(required = false) @Nullable String rowId,
                            @RequestParam(required = false) @Nullable String actor,
                            @RequestParam(required = false) @Nullable Long before,
                            @RequestParam(defaultValue = "100") int limit) {
        return trail.search(new AuditFilter(table, rowId, actor, null, null, before, limit));
    }
}
