package vn.vientro.reference;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One province, district (pre-2025 only) or commune / ward / special zone, with its official code.
 *
 * @param set   which set the code belongs to: a record keeps the code it was entered with
 * @param level {@code province}, {@code district} or {@code commune}
 * @param path  the unit with its parents in words, e.g. "Phường Liên Bảo, TP Vĩnh Yên, Vĩnh Phúc (cũ)"
 */
public record AdminUnit(UnitSet set, String code, String level, @Nullable String parentCode, String provinceCode,
                        String nameVi, @Nullable String nameEn, String fullNameVi, @Nullable String fullNameEn,
                        @Nullable String typeVi, @Nullable String typeEn, String path, String pathEn) {

    public String fullName(Locale locale) {
        return "en".equals(locale.getLanguage()) && fullNameEn != null ? fullNameEn : fullNameVi;
    }

    public String path(Locale locale) {
        return "en".equals(locale.getLanguage()) ? pathEn : path;
    }

    public boolean isCommune() {
        return "commune".equals(level);
    }
}
