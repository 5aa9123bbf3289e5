package vn.vientro.portal.procedures;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The titles of a form the focal point uploads for a procedure. */
public record FormUpload(
        @NotBlank(message = "{portal.procedures.form.titleVi.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleVi,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleEn) {

    public FormUpload {
        titleVi = titleVi == null || titleVi.isBlank() ? null : titleVi.strip();
        titleEn = titleEn == null || titleEn.isBlank() ? null : titleEn.strip();
    }
}
