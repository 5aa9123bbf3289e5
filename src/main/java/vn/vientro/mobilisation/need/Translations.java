package vn.vientro.mobilisation.need;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How far a need's English texts are written: the catalogue is published bilingually to NGOs (seed 004 §2.2), so a
 * need is accepted and approved only with its English title, summary and objectives.
 *
 * @param missing the English fields still empty, by form field name ({@code titleEn} ...)
 * @param percent how many of the required English fields are written, in percent
 */
public record Translations(List<String> missing, int percent) {

    /** The English fields a need requires, in the order the form shows them. */
    static final List<String> REQUIRED = List.of("titleEn", "summaryEn", "objectivesEn");

    static Translations of(@Nullable String titleEn, @Nullable String summaryEn, @Nullable String objectivesEn) {
        List<String> missing = new ArrayList<>();
        if (blank(titleEn)) {
            missing.add("titleEn");
        }
        if (blank(summaryEn)) {
            missing.add("summaryEn");
        }
        if (blank(objectivesEn)) {
            missing.add("objectivesEn");
        }
        int written = REQUIRED.size() - missing.size();
        return new Translations(List.copyOf(missing), Math.round(100f * written / REQUIRED.size()));
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
