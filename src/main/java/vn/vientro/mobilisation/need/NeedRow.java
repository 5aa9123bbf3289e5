package vn.vientro.mobilisation.need;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.shared.Money;

/** A need in a list. */
public record NeedRow(long id, String titleVi, @Nullable String titleEn, NeedStatus status, long agencyId,
                      String priorityField, BigDecimal estimatedCost,
                      int translatedPercent) {

    /** The estimated cost as money, so pages print it as every amount ({@code 4.200.000.000 ₫}). */
    public Money estimatedCostVnd() {
        return Money.of(estimatedCost, "VND");
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleVi;
    }
}
