package vn.vientro.monitoring.evaluation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An approved aid item one may evaluate, as the form's choice names it. */
public record ItemChoice(long id, String code, String nameVi, @Nullable String nameEn) {

    public String label(Locale locale) {
        return code + " · " + ("en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi);
    }
}
