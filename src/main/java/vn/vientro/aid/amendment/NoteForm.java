package vn.vientro.aid.amendment;

import org.jspecify.annotations.Nullable;

/** The appraisal lead's note on a change request, as typed; it starts from the note already given, if any. */
public record NoteForm(@Nullable Long version, @Nullable String note) {

    static NoteForm of(Amendment amendment) {
        return new NoteForm(null, amendment.appraisalNote());
    }
}
