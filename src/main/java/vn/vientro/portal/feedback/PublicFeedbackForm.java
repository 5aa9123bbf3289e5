package vn.vientro.portal.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * The public feedback form: who sends it and how to reach them (both may be left out when the sender stays
 * anonymous), and the message; {@code website} is the field people never see, {@code stamp} when the form was served.
 */
public record PublicFeedbackForm(
        @Nullable Boolean anonymous,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String name,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String contact,
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
        @Nullable String message,
        @Nullable String website,
        @Nullable String stamp) {

    static PublicFeedbackForm blank(String stamp) {
        return new PublicFeedbackForm(false, null, null, null, null, stamp);
    }

    /** The same input with a fresh stamp, to show again after a refusal. */
    PublicFeedbackForm stamped(String fresh) {
        return new PublicFeedbackForm(anonymous, name, contact, message, null, fresh);
    }

    /** Whether the sender ticked "send anonymously" (a box left unticked sends nothing). */
    boolean staysAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** A sender who does not stay anonymous gives their name... */
    boolean lacksName() {
        return !staysAnonymous() && (name == null || name.isBlank());
    }

    /** ...and how to reach them. */
    boolean lacksContact() {
        return !staysAnonymous() && (contact == null || contact.isBlank());
    }

    FeedbackSubmission submission(FeedbackSubmission.@Nullable Photo photo) {
        boolean hidden = staysAnonymous();
        return new FeedbackSubmission(hidden, hidden ? null : blankless(name), hidden ? null : blankless(contact), message == null ? "" : message.strip(), photo);
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
