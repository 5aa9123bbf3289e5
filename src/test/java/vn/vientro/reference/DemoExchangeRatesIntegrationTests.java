package vn.vientro.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vientro.shared.Money;
import vn.vientro.testing.DemoIntegrationTest;

/** The demo's exchange rates: invented monthly figures, marked as demo data wherever they are used. */
@DemoIntegrationTest
class DemoExchangeRatesIntegrationTests {

    @Autowired
    ExchangeRates rates;

    @Test
    void demoProfileLoadsMonthlyDemoRatesOfEightCurrencies() {
        List<ExchangeRate> demo = rates.list(null, LocalDate.parse("2024-01-01"), LocalDate.parse("2026-12-31"), 10_000)
                .stream().filter(ExchangeRate::demo).toList();
        Map<String, Long> perCurrency = demo.stream()
                .collect(Collectors.groupingBy(ExchangeRate::currency, Collectors.counting()));

        assertThat(perCurrency).containsOnlyKeys("USD", "EUR", "JPY", "KRW", "AUD", "GBP", "CHF", "CNY")
                .allSatisfy((currency, count) -> assertThat(count).isEqualTo(36));
        assertThat(demo).allSatisfy(rate ->
                assertThat(rate.source()).isEqualTo("Dữ liệu minh họa — không phải tỷ giá chính thức"));
        assertThat(rates.convert(Money.of("1", "USD"), Money.VND, LocalDate.parse("2025-06-15")).demoRate()).isTrue();
    }
}
