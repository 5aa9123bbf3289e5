package vn.vientro.portal.site;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of a public address: a title in lower case, without diacritics, words joined by hyphens. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u0111', 'd').replace('\u0110', 'D').toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "du-an" : slug;
    }
}
