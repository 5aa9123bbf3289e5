package vn.vientro.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vientro.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a token's owner is taken from memory, and what forgets it (the API's own tests: ApiTokenIntegrationTests). */
class TokenSignInsTests {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-07T03:00:00Z"));
    private final TokenSignIns signIns = new TokenSignIns(clock);
    private final SignedInUser focal = new SignedInUser(7, "focal", "Focal", 1, "So KH", Set.of(Role.FOCAL_POINT),
            true, null);

    @Test
    void remembersATokensOwnerForTheTtlAtMost() {
        signIns.remember("h", signIns.generation(), focal, null);
        clock.move(TokenSignIns.TTL.minusMillis(1));
        assertThat(signIns.remembered("h")).contains(focal);
        clock.move(Duration.ofMillis(1));
        assertThat(signIns.remembered("h")).as("a change made elsewhere counts after the TTL").isEmpty();
        assertThat(TokenSignIns.TTL).as("docs/architecture.md states it").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void neverPastTheTokensLastDay() {
        clock.set(LocalDate.of(2026, 12, 7).plusDays(1).atStartOfDay(PROVINCE).toInstant().minusSeconds(5));
        signIns.remember("h", signIns.generation(), focal, LocalDate.of(2026, 12, 7));
        assertThat(signIns.remembered("h")).contains(focal);
        clock.move(Duration.ofSeconds(5));
        assertThat(signIns.remembered("h")).as("expired at midnight in the province").isEmpty();
    }

    @Test
    void aChangeForgetsEveryOwnerAndKeepsOutALookUpThatBeganBeforeIt() {
        signIns.remember("h", signIns.generation(), focal, null);
        long before = signIns.generation();
        signIns.forgetWhenDone(); // no transaction here: at once
        assertThat(signIns.remembered("h")).isEmpty();
        signIns.remember("h", before, focal, null);
        assertThat(signIns.remembered("h")).as("found before the change: maybe stale").isEmpty();
        signIns.remember("h", signIns.generation(), focal, null);
        assertThat(signIns.remembered("h")).contains(focal);
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        void set(Instant to) {
            now = to;
        }

        @Override
        public ZoneId getZone() {
            return PROVINCE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
