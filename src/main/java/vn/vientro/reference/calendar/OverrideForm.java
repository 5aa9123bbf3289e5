package vn.vientro.reference.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The override form as typed; kept as typed when it comes back with errors. */
public record OverrideForm(
        @NotNull(message = "{reference.calendar.override.day.required}") @Nullable LocalDate day,
        @NotNull(message = "{reference.calendar.override.kind.required}") @Nullable OverrideKind kind,
        @NotBlank(message = "{reference.calendar.override.nameVi.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameVi,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String nameEn,
        @NotBlank(message = "{reference.calendar.override.legalBasis.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String legalBasis) {

    public OverrideForm {
        nameVi = nameVi == null ? "" : nameVi;
        nameEn = nameEn == null ? "" : nameEn;
        legalBasis = legalBasis == null ? "" : legalBasis;
    }

    static OverrideForm blank() {
        return new OverrideForm(null, null, "", "", "");
    }

    OverrideDetails toDetails() {
        return new OverrideDetails(Objects.requireNonNull(day), Objects.requireNonNull(kind), nameVi, nameEn, legalBasis);
    }
}
