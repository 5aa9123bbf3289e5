package vn.vientro.monitoring.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A finding as the team records it, on the page and over the API. */
public record FindingInput(@NotNull(message = "{validation.required}") @Nullable FindingCategory category,
                           @NotNull(message = "{validation.required}") @Nullable FindingSeverity severity,
                           @NotBlank(message = "{validation.required}")
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String description)
        implements java.io.Serializable {

    static FindingInput blank() {
        return new FindingInput(null, null, null);
    }
}
