package vn.vientro.registry.opinion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The province's reply that closes an opinion, as typed. */
public record ConclusionForm(@Nullable Long version, @Nullable OpinionAnswer conclusion, String conclusionText,
                             String replyReference,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sentOn) {

    public ConclusionForm {
        conclusionText = conclusionText == null ? "" : conclusionText;
        replyReference = replyReference == null ? "" : replyReference;
    }

    static ConclusionForm blank() {
        return new ConclusionForm(null, null, "", "", null);
    }
}
