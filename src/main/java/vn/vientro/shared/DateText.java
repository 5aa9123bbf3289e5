package vn.vientro.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as Vietnamese administrative documents write them, in every language: {@code 05/03/2026}. Pages and messages
 * print dates with it through the platform; code uses it only for text that is stored, such as a rate's source.
 */
public final class DateText {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DateText() {
    }

    public static String of(LocalDate date) {
        return DATE.format(date);
    }
}
