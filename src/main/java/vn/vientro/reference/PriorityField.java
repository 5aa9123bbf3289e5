package vn.vientro.reference;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One of the province's eight priority fields for aid, with the DAC sectors and categories it covers. */
public record PriorityField(long id, long version, String code, String nameVi, @Nullable String nameEn,
                            List<CodelistItem> sectors) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    /** Whether a DAC code (5-digit sector or 3-digit category) belongs to this field, directly or by category. */
    public boolean covers(String dacCode) {
        return sectors.stream().anyMatch(s -> s.code().equals(dacCode)
                || (dacCode.length() == 5 && s.code().equals(dacCode.substring(0, 3))));
    }
}
