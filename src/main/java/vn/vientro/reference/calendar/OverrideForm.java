package vn.vientro.reference.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The override form as typed; kept as typed when it comes back with errors. */
public class OverrideForm {

    @NotNull(message = "{reference.calendar.override.day.required}")
    private @Nullable LocalDate day;
    @NotNull(message = "{reference.calendar.override.kind.required}")
    private @Nullable OverrideKind kind;
    @NotBlank(message = "{reference.calendar.override.nameVi.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String nameVi = "";
    @Size(max = 200, message = "{validation.tooLong}")
    private String nameEn = "";
    @NotBlank(message = "{reference.calendar.override.legalBasis.required}")
    @Size(max = 300, message = "{validation.tooLong}")
    private String legalBasis = "";

    OverrideDetails toDetails() {
        return new OverrideDetails(Objects.requireNonNull(day), Objects.requireNonNull(kind), nameVi, nameEn, legalBasis);
    }

    public @Nullable LocalDate getDay() { return day; }
    public void setDay(@Nullable LocalDate day) { this.day = day; }
    public @Nullable OverrideKind getKind() { return kind; }
    public void setKind(@Nullable OverrideKind kind) { this.kind = kind; }
    public String getNameVi() { return nameVi; }
    public void setNameVi(String nameVi) { this.nameVi = nameVi; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
}
