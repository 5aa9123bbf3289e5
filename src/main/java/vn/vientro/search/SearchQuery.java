package vn.vientro.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the user typed, reduced to unaccented lower-case words: the last word is a prefix (results while typing);
 * nothing the user types reaches the tsquery syntax.
 */
record SearchQuery(String normalized, List<String> words) {

    static SearchQuery parse(String text) {
        String normalized = Diacritics.strip(text).toLowerCase(Locale.ROOT).trim();
        List<String> words = Arrays.stream(normalized.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(12)
                .toList();
        return new SearchQuery(normalized, words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    String tsquery() {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                query.append(" & ");
            }
            query.append(words.get(i));
            if (i == words.size() - 1) {
                query.append(":*");
            }
        }
        return query.toString();
    }
}
