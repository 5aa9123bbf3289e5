package vn.vientro.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RefreshingValueTests {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void servesTheLoadedValueUntilItIsAMinuteOld() {
        RefreshingValue<Integer> value = new RefreshingValue<>(loads::incrementAndGet, Duration.ofMinutes(1), now::get);

        assertThat(value.get()).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(value.get()).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(value.get()).as("another node's change is seen after a minute").isEqualTo(2);
    }

    @Test
    void invalidationMakesTheNextReadLoadAtOnce() {
        RefreshingValue<Integer> value = new RefreshingValue<>(loads::incrementAndGet, Duration.ofMinutes(1), now::get);
        value.get();

        value.invalidate();

        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void aLoadOverlappingAnInvalidationIsNotKept() {
        AtomicReference<RefreshingValue<Integer>> value = new AtomicReference<>();
        Supplier<Integer> loaderRacingWithACommit = () -> {
            int load = loads.incrementAndGet();
            if (load == 1) {
                value.get().invalidate(); // another transaction commits while the old rows are being read
            }
            return load;
        };
        value.set(new RefreshingValue<>(loaderRacingWithACommit, Duration.ofMinutes(1), now::get));

        assertThat(value.get().get()).isEqualTo(1);
        assertThat(value.get().get()).as("the possibly stale load is replaced").isEqualTo(2);
        assertThat(value.get().get()).isEqualTo(2);
    }
}
