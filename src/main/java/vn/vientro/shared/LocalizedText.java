package vn.vientro.shared;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A text in Vietnamese (required) and English (optional, falls back to Vietnamese). */
public record LocalizedText(String vi, @Nullable String en) {

    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        if (vi.isBlank()) {
            throw new IllegalArgumentException("Vietnamese text is required");
        }
        if (en != null && en.isBlank()) {
            en = null;
        }
    }

    public static LocalizedText of(String vi, @Nullable String en) {
        return new LocalizedText(vi, en);
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : vi;
    }
}
