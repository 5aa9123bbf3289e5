package vn.vientro.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user typed, reduced to unaccented lower-case words: the last word is a prefix (results while typing);
 * nothing the user types reaches the tsquery syntax. A {@link #allButOne() lenient} query finds documents holding
 * every word but one: "hoi chu thap do" (Hội Chữ thập đỏ) finds the "Chữ thập đỏ" that has no "Hội".
 */
record SearchQuery(String normalized, List<String> words, boolean lenient) {

    /** Fewest words for {@link #allButOne()}: of two words, one alone is too broad to mean the other. */
    static final int LENIENT_WORDS = 3;

    SearchQuery(String normalized, List<String> words) {
        this(normalized, words, false);
    }

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

    /** The same words, matched when all but one of them are there; empty for fewer than {@link #LENIENT_WORDS}. */
    Optional<SearchQuery> allButOne() {
        return words.size() < LENIENT_WORDS || lenient ? Optional.empty()
                : Optional.of(new SearchQuery(normalized, words, true));
    }

    /** The words joined with AND, the last one as a prefix: what finds candidates while the user types. */
    String prefix() {
        return matching(":*");
    }

    /** The words joined with AND, each a whole word: "y te" is the syllables "y" and "tế", not "y" and "tết". */
    String exact() {
        return matching("");
    }

    /** All the words (the last one followed by {@code last}), or, lenient, any of the sets missing one of them. */
    private String matching(String last) {
        List<String> terms = new ArrayList<>(words);
        terms.set(terms.size() - 1, terms.get(terms.size() - 1) + last);
        if (!lenient) {
            return String.join(" & ", terms);
        }
        List<String> sets = new ArrayList<>();
        for (int left = 0; left < terms.size(); left++) {
            List<String> set = new ArrayList<>(terms);
            set.remove(left);
            sets.add("(" + String.join(" & ", set) + ")");
        }
        return String.join(" | ", sets);
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
