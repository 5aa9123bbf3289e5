package vn.vientro.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.support.FormattingConversionService;
import vn.vientro.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseFormatsTests {

    private final FormattingConversionService conversion = formats();

    private static FormattingConversionService formats() {
        FormattingConversionService service = new FormattingConversionService();
        VietnameseFormats formats = new VietnameseFormats("Asia/Ho_Chi_Minh");
        service.addFormatter(formats.dateFormatter());
        service.addFormatter(formats.moneyFormatter());
        service.addFormatter(formats.instantFormatter());
        return service;
    }

    @BeforeEach
    void readInVietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void forgetTheLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void printsDatesAsDayMonthYear() {
        assertThat(conversion.convert(LocalDate.of(2026, 3, 5), String.class)).isEqualTo("05/03/2026");
    }

    @Test
    void printsDongWithDotsForThousandsAndTheDongSign() {
        assertThat(conversion.convert(Money.of("1234567", "VND"), String.class)).isEqualTo("1.234.567 ₫");
    }

    @Test
    void printsForeignCurrenciesWithTheirMinorUnits() {
        assertThat(conversion.convert(Money.of("1234.5", "USD"), String.class)).isEqualTo("1.234,50 USD");
    }

    @Test
    void printsAmountsTheEnglishWayOnEnglishPagesAndReadsTheVietnameseWayEverywhere() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(conversion.convert(Money.of("1234567", "VND"), String.class)).isEqualTo("1,234,567 ₫");
        assertThat(conversion.convert(Money.of("1234.5", "USD"), String.class)).isEqualTo("1,234.50 USD");
        assertThat(conversion.convert("1.234.567 ₫", Money.class)).isEqualTo(new Money(new BigDecimal("1234567"),
                Money.VND));
    }

    @Test
    void parsesTypedDatesAndBrowserDates() {
        assertThat(conversion.convert("05/03/2026", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(conversion.convert("2026-03-05", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void printsInstantsInVietnamTime() {
        assertThat(conversion.convert(java.time.Instant.parse("2026-01-01T17:30:00Z"), String.class))
                .isEqualTo("02/01/2026 00:30");
    }

    @Test
    void parsesVietnameseAmounts() {
        assertThat(conversion.convert("1.234.567 ₫", Money.class)).isEqualTo(new Money(new BigDecimal("1234567"), Money.VND));
    }
}
