package vn.vientro.portal.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps a program from guessing check codes: at most {@value #PER_HOUR} lookups per client address and hour, right or
 * wrong, kept in memory (a restart forgets it, which only gives a guesser a fresh hour; with 31^8 check codes that
 * is no help).
 */
@Component
public class TrackingGuard {

    static final int PER_HOUR = 10;
    private static final Duration WINDOW = Duration.ofHours(1);
    /** Beyond this many addresses remembered, the ones whose hour is over are forgotten first. */
    private static final int TIDY_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> lookups = new ConcurrentHashMap<>();

    TrackingGuard(Clock clock) {
        this.clock = clock;
    }

    /** Counts a lookup from the address; false when the address has had its hour's lookups. */
    public boolean allow(String address) {
        Instant now = clock.instant();
        if (lookups.size() > TIDY_ABOVE) {
            lookups.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return recent(entry.getValue(), now) == 0;
                }
            });
        }
        Deque<Instant> times = lookups.computeIfAbsent(address, any -> new ArrayDeque<>());
        synchronized (times) {
            if (recent(times, now) >= PER_HOUR) {
                return false;
            }
            times.add(now);
            return true;
        }
    }

    /** Forgets every address's count: for tests, which all look up from one address. */
    public void forgetAddresses() {
        lookups.clear();
    }

    private static int recent(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
            times.pollFirst();
        }
        return times.size();
    }
}
