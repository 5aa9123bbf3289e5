package vn.vientro.mobilisation.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A yearly plan as the focal point writes it, the same record for the form and the API. */
public record PlanInput(
        @Nullable Long version,
        @NotNull(message = "{mobilisation.plan.year.required}")
        @Min(value = 2000, message = "{mobilisation.plan.year.invalid}")
        @Max(value = 2100, message = "{mobilisation.plan.year.invalid}") @Nullable Integer year,
        @NotBlank(message = "{mobilisation.plan.title.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String title,
        @NotBlank(message = "{mobilisation.plan.objectives.required}")
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String objectives,
        @NotBlank(message = "{mobilisation.plan.programmeTitle.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String programmeTitle,
        @NotNull(message = "{mobilisation.plan.year.required}")
        @Min(value = 2000, message = "{mobilisation.plan.year.invalid}")
        @Max(value = 2100, message = "{mobilisation.plan.year.invalid}") @Nullable Integer programmeStartYear,
        @NotNull(message = "{mobilisation.plan.year.required}")
        @Min(value = 2000, message = "{mobilisation.plan.year.invalid}")
        @Max(value = 2100, message = "{mobilisation.plan.year.invalid}") @Nullable Integer programmeEndYear,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String programmeDecisionNumber,
        @Nullable LocalDate programmeDecisionDate) {

    public PlanInput {
        title = text(title);
        objectives = text(objectives);
        programmeTitle = text(programmeTitle);
        programmeDecisionNumber = text(programmeDecisionNumber);
    }

    static PlanInput blank(int year) {
        return new PlanInput(null, year, null, null, null, year, year + 4, null, null);
    }

    PlanInput withVersion(long stored) {
        return new PlanInput(stored, year, title, objectives, programmeTitle, programmeStartYear, programmeEndYear,
                programmeDecisionNumber, programmeDecisionDate);
    }

    Programme programme() {
        return new Programme(Objects.requireNonNull(programmeTitle), Objects.requireNonNull(programmeStartYear),
                Objects.requireNonNull(programmeEndYear), programmeDecisionNumber, programmeDecisionDate);
    }

    static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
