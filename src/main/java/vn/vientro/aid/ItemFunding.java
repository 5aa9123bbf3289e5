package vn.vientro.aid;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an item brings to the need it funds: its status, the value committed by its approval (zero before) and the aid
 * money disbursed to its owner so far, both in VND.
 */
public record ItemFunding(long itemId, String code, String nameVi, @Nullable String nameEn, AidStatus status,
                          BigDecimal committedVnd, BigDecimal disbursedVnd) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
