package vn.vientro.shared;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalTextTests {

    @Test
    void readsVietnameseAndPlainNotationsExactly() {
        assertThat(DecimalText.parse("26.345,50", false)).isEqualTo(new BigDecimal("26345.50"));
        assertThat(DecimalText.parse("26345,5", false)).isEqualTo(new BigDecimal("26345.5"));
        assertThat(DecimalText.parse("1.234.567", false)).isEqualTo(new BigDecimal("1234567"));
        assertThat(DecimalText.parse("26345.50", false)).isEqualTo(new BigDecimal("26345.50"));
        assertThat(DecimalText.parse(" 170.25 ", true)).as("two decimals cannot be a thousands group")
                .isEqualTo(new BigDecimal("170.25"));
        assertThat(DecimalText.parse("0.00004255", true)).isEqualTo(new BigDecimal("0.00004255"));
    }

    @Test
    void readsADotBeforeThreeDigitsAsTheCallerDecides() {
        assertThat(DecimalText.parse("26.345", true)).isEqualTo(new BigDecimal("26345"));
        assertThat(DecimalText.parse("26.345", false)).isEqualTo(new BigDecimal("26.345"));
    }

    @Test
    void refusesTextThatIsNoNumberInEitherNotation() {
        for (String text : new String[] {"abc", "26,345.50", "1.23.4", "", "1e5", "12,"}) {
            assertThatThrownBy(() -> DecimalText.parse(text, true)).as(text).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void printsRatesWithVietnameseSeparatorsAndEveryDecimal() {
        assertThat(DecimalText.rate(new BigDecimal("26345.50000000"))).isEqualTo("26.345,50");
        assertThat(DecimalText.rate(new BigDecimal("170.2512"))).isEqualTo("170,2512");
        assertThat(DecimalText.rate(new BigDecimal("0.000042553191489361702128"))).isEqualTo("0,000042553191489361702128");
        assertThat(DecimalText.amount(new BigDecimal("26345.50"))).isEqualTo("26.345,5");
    }

    @Test
    void storedDecimalsLoseTheirPaddingButNeverTurnToExponents() {
        assertThat(DecimalText.stripped(new BigDecimal("26345.500000000000"))).hasToString("26345.5");
        assertThat(DecimalText.stripped(new BigDecimal("1250.0000"))).hasToString("1250");
    }
}
