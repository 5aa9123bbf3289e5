package vn.vientro.mobilisation.catalogue;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An accepted need the appraisal lead may put into a draft version. */
public record Candidate(long needId, String titleVi, @Nullable String titleEn, long agencyId) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleVi;
    }
}
