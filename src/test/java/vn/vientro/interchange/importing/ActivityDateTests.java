package vn.vientro.interchange.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An IATI date read without the ISO parser for the usual {@code yyyy-mm-dd} says what the ISO parser says. */
class ActivityDateTests {

    @Test
    void readsEveryDateAsTheIsoParserDoes() {
        List<String> texts = new ArrayList<>(List.of("2027-01-01", "2027-12-31T10:00:00Z", "2024-02-29", "2023-02-29",
                "2027-02-30", "2027-04-31", "2027-13-01", "2027-00-10", "2027-01-00", "0000-01-01", "9999-12-31",
                "2027-1-01x", "2027/01/01", "27-01-2027", "+2027-01-01", "-2027-01-01", "2027-01-0a", "2027-01-01 ",
                "\u0662\u0660\u0662\u0667-01-01", "\uFF12\uFF10\uFF12\uFF17-01-01", " 2027-01-01", "2027-01-011", "2027-01", ""));
        for (int month = 0; month <= 13; month++) {
            for (int day = 0; day <= 32; day++) {
                texts.add(String.format("%04d-%02d-%02d", 1900 + month * 7 + day, month, day));
            }
        }
        for (String text : texts) {
            assertThat(ActivityMatching.date(text)).as(text).isEqualTo(byTheIsoParser(text));
        }
        assertThat(ActivityMatching.date(null)).isNull();
        assertThat(ActivityMatching.date("2027-03-04")).isEqualTo(LocalDate.of(2027, 3, 4));
    }

    private static LocalDate byTheIsoParser(String text) {
        if (text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
