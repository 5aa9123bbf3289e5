package vn.vientro.mobilisation.need;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.NeedStatus;

/** A need in a list. */
public record NeedRow(long id, String titleVi, @Nullable String titleEn, NeedStatus status, long agencyId,
                      String priorityField, BigDecimal estimatedCost,
                      int translatedPercent) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleVi;
    }
}
