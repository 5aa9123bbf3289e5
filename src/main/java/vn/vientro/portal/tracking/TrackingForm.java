package vn.vientro.portal.tracking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The two codes printed on a dossier's receipt slip, as a visitor typed them. */
record TrackingForm(
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.CODE, message = "{validation.tooLong}")
        @Nullable String receiptCode,
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.CODE, message = "{validation.tooLong}")
        @Nullable String checkCode) {

    static TrackingForm blank() {
        return new TrackingForm(null, null);
    }
}
