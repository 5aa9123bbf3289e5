package vn.vientro.identity.security;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottleRulesTests {

    private static final ThrottleRules.Throttle ACCOUNT =
            new ThrottleRules.Throttle(5, Duration.ofSeconds(2), Duration.ofMinutes(1));

    @Test
    void letsTheFreeAttemptsThroughWithoutWaiting() {
        assertThat(ACCOUNT.delayAfter(1)).isZero();
        assertThat(ACCOUNT.delayAfter(5)).isZero();
    }

    @Test
    void doublesTheWaitAfterEachFurtherAttemptUpToTheLongest() {
        assertThat(ACCOUNT.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(ACCOUNT.delayAfter(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(ACCOUNT.delayAfter(10)).isEqualTo(Duration.ofSeconds(32));
        assertThat(ACCOUNT.delayAfter(11)).isEqualTo(Duration.ofMinutes(1));
        assertThat(ACCOUNT.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void keepsAnAccountUnderAHundredGuessesAnHourFromUntrustedBrowsers() {
        int attempts = 0;
        Duration elapsed = Duration.ZERO;
        while (elapsed.compareTo(Duration.ofHours(1)) < 0) {
            attempts++;
            elapsed = elapsed.plus(ACCOUNT.delayAfter(attempts));
        }
        assertThat(attempts).as("OWASP ASVS 4.0.3 V2.2.1").isLessThan(100);
    }

    @Test
    void refusesAWaitThatCouldOutlastItsMemory() {
        assertThatThrownBy(() -> new ThrottleRules(ACCOUNT, ACCOUNT,
                new ThrottleRules.Throttle(5, Duration.ofSeconds(2), Duration.ofHours(2)), Duration.ofHours(1),
                Duration.ofDays(90), "test")).isInstanceOf(IllegalArgumentException.class);
    }
}
