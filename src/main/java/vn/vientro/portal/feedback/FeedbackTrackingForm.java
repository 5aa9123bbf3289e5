package vn.vientro.portal.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The two codes a sender was given, as typed to follow their feedback. */
public record FeedbackTrackingForm(
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.CODE, message = "{validation.tooLong}")
        @Nullable String code,
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.CODE, message = "{validation.tooLong}")
        @Nullable String checkCode) {

    static FeedbackTrackingForm blank() {
        return new FeedbackTrackingForm(null, null);
    }
}
