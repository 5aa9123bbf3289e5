package vn.vientro.aid.results;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A result the project promises: an output, an outcome or its impact. */
public record Result(long id, long version, long itemId, int position, ResultLevel level, String titleVi,
                     @Nullable String titleEn, @Nullable String description) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleVi;
    }
}
