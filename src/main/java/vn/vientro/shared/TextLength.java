package vn.vientro.shared;

import org.jspecify.annotations.Nullable;

/**
 * The most characters a text of each kind holds: validation refuses more ({@code @Size(max = TextLength.NAME, message
 * = "{validation.tooLong}")} on form and request records, {@link #require} elsewhere; both messages name the figure),
 * and each column's {@code <table>_<column>_length_ck} constraint holds the same figure, so the database never meets a
 * longer text than a form, the API or an import accepted.
 */
public final class TextLength {

    /** Codes, document and reference numbers, phone and account numbers, identifiers, usernames. */
    public static final int CODE = 100;
    /** An e-mail address (RFC 5321 allows 254 characters in a path). */
    public static final int EMAIL = 254;
    /** Names, titles, addresses, signers, sources, web addresses: a line a person reads. */
    public static final int NAME = 500;
    /** Notes, reasons, descriptions, questions, answers, comments. */
    public static final int TEXT = 20_000;

    private TextLength() {
    }

    /**
     * The text, when it holds at most {@code max} characters: for input that reaches a service without a form record
     * or a request record to carry {@code @Size} (a JSON tree, a request parameter, an imported row).
     *
     * @throws InvalidInputException at the field, naming the limit, when it holds more
     */
    public static @Nullable String require(String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidInputException(field, "validation.maxLength", max);
        }
        return text;
    }
}
