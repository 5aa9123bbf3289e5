package vn.vientro.aid.appraisal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words and figures as the drafts print them, in Vietnamese: the language of administrative documents. */
@Component
class DraftTexts {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    DraftTexts(MessageSource messages) {
        this.messages = messages;
    }

    String label(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "…" : DATE.format(date);
    }

    /** "1.250" */
    static String count(long value) {
        return NumberFormat.getIntegerInstance(VI).format(value);
    }

    /** "500.000 USD", "12.900.000.000 đồng". */
    static String amount(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMaximumFractionDigits(2);
        String figure = format.format(amount);
        return "VND".equals(currency) ? figure + " đồng" : figure + " " + currency;
    }
}
