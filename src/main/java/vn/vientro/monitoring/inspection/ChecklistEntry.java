package vn.vientro.monitoring.inspection;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One point of an inspection's checklist (its code names it in the vocabulary), answered with a note. */
@Table(schema = "monitoring", name = "inspection_check")
public record ChecklistEntry(String code, CheckResult result, @Nullable String note) {

    static ChecklistEntry open(String code) {
        return new ChecklistEntry(code, CheckResult.OPEN, null);
    }
}
