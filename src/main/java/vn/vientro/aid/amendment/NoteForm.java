package vn.vientro.aid.amendment;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The appraisal lead's note on a change request, as typed; it starts from the note already given, if any. */
public record NoteForm(@Nullable Long version,
                       @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String note) {

    static NoteForm of(Amendment amendment) {
        return new NoteForm(null, amendment.appraisalNote());
    }
}
