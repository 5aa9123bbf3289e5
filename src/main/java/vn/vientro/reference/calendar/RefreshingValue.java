package vn.vientro.reference.calendar;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value loaded on demand and trusted for a maximum age, or until {@link #invalidate()}. Several application nodes
 * share one database without a message bus, so a node learns of another node's change by reloading after
 * {@code maxAge}; its own changes invalidate at once.
 */
final class RefreshingValue<T> {

    private final Supplier<T> loader;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Loaded<T> loaded;

    RefreshingValue(Supplier<T> loader, Duration maxAge, LongSupplier nanoTime) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    T get() {
        Loaded<T> current = loaded;
        if (isFresh(current, nanoTime.getAsLong())) {
            return Objects.requireNonNull(current).value();
        }
        return reload();
    }

    /** The next {@link #get()} loads again, even when a load that started earlier is still running. */
    void invalidate() {
        generation.incrementAndGet();
    }

    private synchronized T reload() {
        long now = nanoTime.getAsLong();
        Loaded<T> current = loaded;
        if (isFresh(current, now)) {
            return Objects.requireNonNull(current).value(); // another thread reloaded while this one waited
        }
        // A value loaded while an invalidation happens keeps the old generation and is reloaded on next use.
        long loadingGeneration = generation.get();
        T value = loader.get();
        loaded = new Loaded<>(value, now, loadingGeneration);
        return value;
    }

    private boolean isFresh(@Nullable Loaded<T> current, long now) {
        return current != null && current.generation() == generation.get() && now - current.loadedAt() < maxAgeNanos;
    }

    private record Loaded<T>(T value, long loadedAt, long generation) {
    }
}
