package vn.vientro.monitoring.inspection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A recommendation on a finding: what to do, the agency that must do it (chosen from the agencies), by when. */
public record RecommendationInput(@NotBlank(message = "{validation.required}")
                                  @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String text,
                                  @NotNull(message = "{validation.required}") @Nullable Long ownerAgencyId,
                                  @NotNull(message = "{validation.required}") @Nullable LocalDate deadline)
        implements java.io.Serializable {

    static RecommendationInput blank() {
        return new RecommendationInput(null, null, null);
    }
}
