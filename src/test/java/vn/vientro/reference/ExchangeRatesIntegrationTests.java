package vn.vientro.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.Money;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each test uses a currency of its own: the database is shared by every test class. */
@VientroIntegrationTest
@WithMockUser(roles = "ADMIN")
class ExchangeRatesIntegrationTests {

    @Autowired
    ExchangeRates rates;

    @Autowired
    MessageSource messages;

    @Test
    void convertsWithTheRateOfTheExactDate() {
        record("SGD", "2025-03-01", "19000.50");
        record("SGD", "2025-04-01", "19500");

        Conversion conversion = rates.convert(Money.of("100", "SGD"), Money.VND, LocalDate.parse("2025-04-01"));

        assertThat(conversion.result()).isEqualTo(Money.of("1950000", "VND"));
        assertThat(conversion.rateUsed()).isEqualByComparingTo("19500");
        assertThat(conversion.rateDate()).isEqualTo("2025-04-01");
        assertThat(conversion.source()).isEqualTo("Test source SGD");
        assertThat(conversion.demoRate()).isFalse();
    }

    @Test
    void convertsWithTheLatestEarlierRateWhenTheDateHasNone() {
        record("BRL", "2025-03-01", "750.25");
        record("BRL", "2025-04-01", "760");

        Conversion conversion = rates.convert(Money.of("10", "BRL"), Money.VND, LocalDate.parse("2025-03-31"));

        assertThat(conversion.result()).isEqualTo(Money.of("7502", "VND")); // 7502.50, half-even
        assertThat(conversion.rateDate()).isEqualTo("2025-03-01");
    }

    @Test
    void refusesToConvertBeforeTheFirstRateNamingCurrencyAndDate() {
        record("NZD", "2025-03-01", "15000");

        assertThatThrownBy(() -> rates.convert(Money.of("1", "NZD"), Money.VND, LocalDate.parse("2025-02-28")))
                .isInstanceOfSatisfying(ExchangeRateMissingException.class, e -> {
                    assertThat(e.currency()).isEqualTo("NZD");
                    assertThat(e.date()).isEqualTo("2025-02-28");
                    assertThat(e.messageKey()).isEqualTo("reference.rate.missing");
                    assertThat(e.arguments()).containsExactly("NZD", LocalDate.of(2025, 2, 28));
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH))
                            .contains("no NZD rate on or before 28/02/2025");
                    assertThat(e.field()).isEqualTo("date");
                });
    }

    @Test
    void convertsBetweenTwoForeignCurrenciesThroughVndNamingBothLegs() {
        record("USD", "2023-06-01", "23500");
        record("EUR", "2023-06-02", "25400.5");

        Conversion conversion = rates.convert(Money.of("1000", "EUR"), Money.USD, LocalDate.parse("2023-06-10"));

        assertThat(conversion.rateUsed()).isEqualTo(new BigDecimal("1.0808723404255319149"));
        assertThat(conversion.result()).isEqualTo(Money.of("1080.87", "USD"));
        assertThat(conversion.rateDate()).as("the older leg").isEqualTo("2023-06-01");
        assertThat(conversion.source())
                .isEqualTo("EUR 02/06/2023: Test source EUR; USD 01/06/2023: Test source USD");
    }

    @Test
    void convertsVndToUsdWithTheInverseRate() {
        record("USD", "2023-03-01", "23500");

        Conversion conversion = rates.convert(Money.of("2350000", "VND"), Money.USD, LocalDate.parse("2023-03-20"));

        assertThat(conversion.result()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(conversion.rateUsed()).isEqualTo(new BigDecimal("0.000042553191489361702128"));
        assertThat(conversion.rateDate()).isEqualTo("2023-03-01");
    }

    @Test
    void keepsEveryDigitWithoutFloatingPointAndRoundsHalfEven() {
        record("MYR", "2025-01-01", "5432.12345678");
        record("MYR", "2025-02-01", "5");
        LocalDate january = LocalDate.parse("2025-01-15");
        LocalDate february = LocalDate.parse("2025-02-15");

        // A double gives 5365060209659261; the exact product is 5365060209659260.4784687670.
        assertThat(rates.convert(Money.of("987654321987.65", "MYR"), Money.VND, january).result().amount())
                .isEqualTo(new BigDecimal("5365060209659260"));
        assertThat(rates.convert(Money.of("0.50", "MYR"), Money.VND, february).result().amount())
                .as("2.5 rounds to the even 2").isEqualTo(new BigDecimal("2"));
        assertThat(rates.convert(Money.of("1.50", "MYR"), Money.VND, february).result().amount())
                .as("7.5 rounds to the even 8").isEqualTo(new BigDecimal("8"));
    }

    @Test
    void convertsWithARateTheCallerStates() {
        Conversion conversion = rates.convert(Money.of("250", "USD"), Money.VND,
                new StatedRate(new BigDecimal("26310.5"), LocalDate.parse("2026-02-03"), "Giấy báo có Vietcombank"));

        assertThat(conversion.result()).isEqualTo(Money.of("6577625", "VND"));
        assertThat(conversion.source()).isEqualTo("Giấy báo có Vietcombank");
        assertThat(conversion.demoRate()).isFalse();
    }

    @Test
    void refusesASecondRateForTheSameCurrencyAndDateAtTheDateField() {
        record("DKK", "2025-01-02", "3500");

        assertThatThrownBy(() -> record("dkk", "2025-01-02", "3600"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("reference.rate.duplicate");
                    assertThat(e.field()).isEqualTo("rateDate");
                });
    }

    @Test
    void refusesRatesThatBreakTheRules() {
        assertThatThrownBy(() -> details("VND", "2025-01-01", "1")).hasMessageContaining("reference.rate.currency.vnd");
        assertThatThrownBy(() -> details("ABC", "2025-01-01", "1")).hasMessageContaining("reference.rate.currency.invalid");
        assertThatThrownBy(() -> details("USD", "2025-01-01", "0")).hasMessageContaining("reference.rate.value.positive");
        assertThatThrownBy(() -> details("USD", "2025-01-01", "1.123456789"))
                .hasMessageContaining("reference.rate.value.decimals");
        assertThatThrownBy(() -> details("USD", "2025-01-01", "123456789012"))
                .hasMessageContaining("reference.rate.value.tooLarge");
    }

    @Test
    void correctsARateAndRefusesAStaleVersion() {
        long id = record("SEK", "2025-01-02", "2400");
        long version = rates.get(id).version();

        rates.update(id, version, details("SEK", "2025-01-02", "2410.5"));

        assertThat(rates.get(id).vndPerUnit()).isEqualByComparingTo("2410.5");
        assertThatThrownBy(() -> rates.update(id, version, details("SEK", "2025-01-02", "2999")))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> rates.delete(id, version)).isInstanceOf(StaleVersionException.class);
        assertThat(rates.get(id).vndPerUnit()).isEqualByComparingTo("2410.5");

        rates.delete(id, rates.get(id).version());
        assertThat(rates.find(id)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "FOCAL_POINT")
    void onlyAdministratorsChangeRates() {
        assertThatThrownBy(() -> rates.record(details("NOK", "2025-01-02", "2300")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rates.importCsv("currency,date,vnd_per_unit,source\n".getBytes()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long record(String currency, String date, String rate) {
        return rates.record(details(currency, date, rate));
    }

    private static ExchangeRateDetails details(String currency, String date, String rate) {
        return new ExchangeRateDetails(currency, LocalDate.parse(date), new BigDecimal(rate),
                "Test source " + currency.toUpperCase());
    }
}
