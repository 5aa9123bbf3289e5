package vn.vientro.mobilisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the foreign-affairs bulletin as the province publishes it: only the text the focal point wrote for the
 * public, never the activity's or reward's own fields.
 *
 * @param kind the activity's type (such as {@code CONFERENCE}) or {@code REWARD}
 */
public record PublishedBulletinEntry(long id, String kind, String titleVi, @Nullable String titleEn,
                                     String summaryVi, @Nullable String summaryEn, LocalDate happenedOn,
                                     Instant publishedAt) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleVi;
    }

    public String summary(Locale locale) {
        return "en".equals(locale.getLanguage()) && summaryEn != null ? summaryEn : summaryVi;
    }
}
