package vn.vientro.platform.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.vientro.platform.VientroProperties;
import vn.vientro.reference.ExchangeRateMissingException;
import vn.vientro.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed message arguments read the Vietnamese administrative way in every language, as the pages print them. */
class TypedArgumentMessageSourceTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    private final MessageSource messages = messages();

    private static MessageSource messages() {
        try {
            return new MessageSourceConfiguration().messageSource(
                    new VientroProperties(Path.of("data"), "25", "Asia/Ho_Chi_Minh"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void printsALocalDateAsDayMonthYearInEveryLanguage() {
        Object[] date = {LocalDate.of(2026, 3, 5)};
        assertThat(messages.getMessage("aid.amendment.decisionDate.range", date, VI))
                .isEqualTo("Ngày ký phải từ ngày đề nghị (05/03/2026) đến hôm nay.");
        assertThat(messages.getMessage("aid.amendment.decisionDate.range", date, EN))
                .isEqualTo("The date signed must be between the request (05/03/2026) and today.");
    }

    @Test
    void printsAnInstantInTheProvincesTimeInEveryLanguage() {
        Object[] instant = {Instant.parse("2026-01-01T17:30:00Z")};
        assertThat(text("{0}", instant, VI)).isEqualTo("02/01/2026 00:30");
        assertThat(text("{0}", instant, EN)).isEqualTo("02/01/2026 00:30");
    }

    @Test
    void printsMoneyWithTheReadersSeparatorsAndVndWithoutDecimals() {
        Object[] amounts = {Money.of("1234567", "VND"), Money.of("1234.5", "USD")};
        assertThat(text("{0}; {1}", amounts, VI)).isEqualTo("1.234.567 ₫; 1.234,50 USD");
        assertThat(text("{0}; {1}", amounts, EN)).isEqualTo("1,234,567 ₫; 1,234.50 USD");
    }

    @Test
    void printsDecimalsWithTheReadersDecimalSeparator() {
        Object[] total = {new BigDecimal("99.50")};
        assertThat(messages.getMessage("aid.item.percent.total", total, VI)).isEqualTo("Tổng tỉ lệ là 99,50%, phải bằng 100%.");
        assertThat(messages.getMessage("aid.item.percent.total", total, EN))
                .isEqualTo("The shares add up to 99.50%; they must add up to 100%.");
    }

    @Test
    void printsTheDateOfAProblemThatUsedToCarryAPreformattedOne() {
        ExchangeRateMissingException missing = new ExchangeRateMissingException("EUR", LocalDate.of(2026, 2, 9));
        assertThat(messages.getMessage(missing.messageKey(), missing.arguments(), VI))
                .isEqualTo("Chưa có tỷ giá EUR vào hoặc trước ngày 09/02/2026, nên chưa quy đổi được.");
        assertThat(messages.getMessage(missing.messageKey(), missing.arguments(), EN))
                .isEqualTo("There is no EUR rate on or before 09/02/2026, so the amount cannot be converted.");
    }

    @Test
    void printsTypedArgumentsOfNestedMessages() {
        var nested = new DefaultMessageSourceResolvable(new String[] {"aid.results.actual.notStarted"},
                new Object[] {LocalDate.of(2027, 1, 1)});
        assertThat(text("({0})", new Object[] {nested}, EN))
                .isEqualTo("(This period has not begun: its actual value can be reported from 01/01/2027.)");
    }

    @Test
    void leavesCountsToTheMessagesOwnNumberFormatGroupedInTheReadersLanguage() {
        assertThat(messages.getMessage("reference.rates.total", new Object[] {1250}, EN))
                .isEqualTo("1,250 matching rates, newest first.");
        assertThat(messages.getMessage("reference.rates.total", new Object[] {1250}, VI))
                .isEqualTo("Có 1.250 tỷ giá phù hợp, mới nhất trước.");
    }

    /** A text with no key of its own: its default message is formatted with the same arguments. */
    private String text(String pattern, Object[] arguments, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"test.none"}, arguments, pattern),
                locale);
    }
}
