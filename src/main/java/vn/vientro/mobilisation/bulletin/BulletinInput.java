package vn.vientro.mobilisation.bulletin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The public text of a bulletin entry as the focal point writes it, in both languages, and whether it is public. */
public record BulletinInput(
        @Nullable Long version,
        @NotBlank(message = "{mobilisation.bulletin.titleVi.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleVi,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleEn,
        @NotBlank(message = "{mobilisation.bulletin.summaryVi.required}")
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String summaryVi,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String summaryEn,
        @NotNull(message = "{mobilisation.bulletin.happenedOn.required}") @Nullable LocalDate happenedOn,
        @Nullable Boolean published) {

    public BulletinInput {
        titleVi = text(titleVi);
        titleEn = text(titleEn);
        summaryVi = text(summaryVi);
        summaryEn = text(summaryEn);
        published = Boolean.TRUE.equals(published); // an unticked box is not sent
    }

    /** Whether the entry is to be public. */
    public boolean publishes() {
        return Boolean.TRUE.equals(published);
    }

    BulletinInput withVersion(@Nullable Long stored) {
        return new BulletinInput(stored, titleVi, titleEn, summaryVi, summaryEn, happenedOn, published);
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
