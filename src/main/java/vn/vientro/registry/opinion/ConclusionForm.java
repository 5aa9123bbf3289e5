package vn.vientro.registry.opinion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The province's reply that closes an opinion, as typed. */
public record ConclusionForm(@Nullable Long version, @Nullable OpinionAnswer conclusion, String conclusionText,
                             String replyReference,
                             @Nullable LocalDate sentOn) {

    public ConclusionForm {
        conclusionText = conclusionText == null ? "" : conclusionText;
        replyReference = replyReference == null ? "" : replyReference;
    }

    static ConclusionForm blank() {
        return new ConclusionForm(null, null, "", "", null);
    }
}
