package vn.vientro.mobilisation.matching;

import java.util.Locale;

/** One part of a score in words, in Vietnamese and in English, with the points it gave. */
public record ExplanationPart(MatchReason reason, int points, String vi, String en) {

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }
}
