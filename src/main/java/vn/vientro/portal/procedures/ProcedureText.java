package vn.vientro.portal.procedures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A procedure page's text as the focal point writes it (HTML, sanitised when saved), with the version it read. */
public record ProcedureText(
        @Nullable Long version,
        @NotBlank(message = "{portal.procedures.bodyVi.required}")
        @Size(max = ProcedureText.MAX, message = "{validation.tooLong}") @Nullable String bodyVi,
        @Size(max = ProcedureText.MAX, message = "{validation.tooLong}") @Nullable String bodyEn) {

    /** Long enough for a procedure with its tables, bounded as the column is. */
    static final int MAX = 100_000;

    ProcedureText withVersion(@Nullable Long stored) {
        return new ProcedureText(stored, bodyVi, bodyEn);
    }
}
