package vn.vientro.portal.feedback;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The forms (and API bodies) of the staff's steps, each with the version the person saw. */
public final class FeedbackForms {

    private FeedbackForms() {
    }

    /** Accept, or reject with a reason and a note. */
    public record TriageForm(@Nullable Long version, @Nullable Triage decision, @Nullable Rejection rejection,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String note)
            implements Serializable {

        static TriageForm blank(long version) {
            return new TriageForm(version, Triage.REJECT, null, null);
        }
    }

    /** The agency that answers; none for the item's owner or the need's proposer. */
    public record AssignForm(@Nullable Long version, @Nullable Long agencyId) implements Serializable {
    }

    /** The answer's text, drafted or revised. */
    public record AnswerForm(@Nullable Long version,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String answer)
            implements Serializable {

        /** The answer as typed, to save again over the version someone else saved first. */
        AnswerForm withVersion(long current) {
            return new AnswerForm(current, answer);
        }
    }

    /** A step that takes nothing but the version: publishing the answer. */
    public record VersionForm(@Nullable Long version) implements Serializable {
    }

    static long version(@Nullable Long version) {
        return version == null ? -1 : version;
    }
}
