package vn.vientro.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as Vietnamese administrative documents write them, in every language: {@code 05/03/2026}. Pages and messages
 * print dates with it through the platform; code uses it only for text that is stored, such as a rate's source.
 */
public final class DateText {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** What people type: the day and month with or without their leading zero ({@code 5/3/2026}). */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private DateText() {
    }

    public static String of(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * Reads a date as a form sends it: {@code 05/03/2026} or {@code 5/3/2026} as people type it in either language,
     * or ISO {@code 2026-03-05} as the API and older clients send it.
     *
     * @throws java.time.format.DateTimeParseException when it is neither, or no such day
     */
    public static LocalDate parse(String text) {
        String trimmed = text.strip();
        return trimmed.contains("-") ? LocalDate.parse(trimmed) : LocalDate.parse(trimmed, TYPED);
    }
}
