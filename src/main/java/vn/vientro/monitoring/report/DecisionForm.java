package vn.vientro.monitoring.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.ReportAction;
import vn.vientro.shared.TextLength;

/**
 * A reviewer's decision on the submitted version, on the page and over the API: accept, or return with comments.
 *
 * @param version the report's version the reviewer saw
 */
public record DecisionForm(@Nullable Long version,
                           @NotNull(message = "{validation.required}") @Nullable ReportAction action,
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String comments) {

    static DecisionForm blank(@Nullable Long version) {
        return new DecisionForm(version, null, null);
    }
}
