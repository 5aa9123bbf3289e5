package vn.vientro.reference;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One entry of an IATI codelist (a DAC sector, a country, a currency ...), with its Vietnamese name if known. */
public record CodelistItem(String list, String code, String nameEn, @Nullable String nameVi,
                           @Nullable String category, boolean withdrawn) {

    /** Vietnamese where translated, else the English name. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) || nameVi == null ? nameEn : nameVi;
    }
}
