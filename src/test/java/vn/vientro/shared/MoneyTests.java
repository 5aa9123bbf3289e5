package vn.vientro.shared;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTests {

    @Test
    void keepsTheCurrencysMinorUnitsSoEqualSumsAreEqual() {
        assertThat(Money.of("10", "USD")).isEqualTo(Money.of("10.00", "USD"));
        assertThat(Money.of("10", "VND").amount().scale()).isZero();
    }

    @Test
    void addsWithoutFloatingPointError() {
        Money sum = Money.of("0.10", "USD").plus(Money.of("0.20", "USD"));
        assertThat(sum).isEqualTo(Money.of("0.30", "USD"));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Currency mismatch");
    }

    @Test
    void convertsWithAStatedRate() {
        Money vnd = Money.of("1000", "USD").convert(new BigDecimal("26345.50"), Currency.getInstance("VND"));
        assertThat(vnd).isEqualTo(Money.of("26345500", "VND"));
    }

    @Test
    void localizedTextFallsBackToVietnamese() {
        LocalizedText text = LocalizedText.of("Y tế", " ");
        assertThat(text.in(java.util.Locale.ENGLISH)).isEqualTo("Y tế");
        assertThat(LocalizedText.of("Y tế", "Health").in(java.util.Locale.ENGLISH)).isEqualTo("Health");
    }
}
