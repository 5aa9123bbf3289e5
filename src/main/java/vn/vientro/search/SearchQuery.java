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
        // A last word of one letter is still being typed: as a prefix it would match most of the index.
        if (!words.isEmpty() && words.get(words.size() - 1).length() < 2) {
            words = words.subList(0, words.size() - 1);
        }
        return new SearchQuery(normalized, words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words joined with AND, the last one as a prefix: what finds candidates while the user types. */
    String prefix() {
        return String.join(" & ", words) + ":*";
    }

    /** The words joined with AND, each a whole word: "y te" is the syllables "y" and "tế", not "y" and "tết". */
    String exact() {
        return String.join(" & ", words);
    }

    /** The words side by side in the order typed: "y te" as in "Sở Y tế", not as in "Quốc tế ... y". */
    String phrase() {
        return String.join(" <-> ", words);
    }

    /** {@link #phrase()} among names only: the document's own (weight A) or those it refers to (B). */
    String namedPhrase() {
        return String.join(":AB <-> ", words) + ":AB";
    }

    /** {@link #exact()} among names only. */
    String namedExact() {
        return String.join(":AB & ", words) + ":AB";
    }
}
