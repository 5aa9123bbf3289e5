package vn.vientro.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The figures of sign-in throttling ({@link ThrottleCounters} explains the design), in configuration with their source.
 *
 * @param account         attempts for one account from browsers it does not trust
 * @param address         attempts from one source address, whatever the account
 * @param device          attempts from one browser the account trusts
 * @param forgetAfter     a throttle without a failure for this long starts again from nothing
 * @param trustDevicesFor how long a browser stays trusted after the account signed in with it
 * @param source          the rules these figures follow, shown to administrators
 */
@ConfigurationProperties("vientro.security.sign-in")
record ThrottleRules(Throttle account, Throttle address, Throttle device, Duration forgetAfter,
                     Duration trustDevicesFor, String source) {

    ThrottleRules {
        for (Throttle throttle : new Throttle[] {account, address, device}) {
            if (throttle.maxDelay().compareTo(forgetAfter) >= 0) {
                // else a blocked throttle could be forgotten before it ends, and start again from nothing
                throw new IllegalArgumentException("vientro.security.sign-in: every max-delay must be shorter than "
                        + "forget-after");
            }
        }
    }

    Throttle of(ThrottleScope scope) {
        return switch (scope) {
            case ACCOUNT -> account;
            case ADDRESS -> address;
            case DEVICE -> device;
        };
    }

    /**
     * Growing delays for one kind of subject.
     *
     * @param freeAttempts attempts allowed before any wait
     * @param firstDelay   the wait after the first attempt beyond them, doubled after each further one
     * @param maxDelay     the longest wait
     */
    record Throttle(int freeAttempts, Duration firstDelay, Duration maxDelay) {

        /** How long the next attempt must wait after this many attempts not proven good. */
        Duration delayAfter(int failures) {
            if (failures <= freeAttempts) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeAttempts - 1, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
