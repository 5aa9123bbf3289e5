package vn.vientro.reference.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What administrators recorded of the official announcements (overrides and rule switches), cached in memory because
 * every working-day computation reads it. This node sees its own changes at once (the cache is dropped after commit);
 * other nodes sharing the database reload after {@link CalendarProperties#overrideRefresh()}. A change of the holiday
 * calendar is rare and announced weeks ahead, so a minute of delay is harmless and needs no message bus.
 */
@Component
public class Announcements {

    private final RefreshingValue<Snapshot> snapshot;

    Announcements(CalendarQueries queries, CalendarProperties properties) {
        this.snapshot = new RefreshingValue<>(() -> load(queries), properties.overrideRefresh(), System::nanoTime);
    }

    /** The recorded overrides and switches; the same instance until something changes or it expires. */
    public Snapshot current() {
        return snapshot.get();
    }

    /** Call inside the transaction that changed overrides or switches. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Dropping the cache before the commit would let a concurrent reader cache the old rows again.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot.invalidate();
                }
            });
        } else {
            snapshot.invalidate();
        }
    }

    private static Snapshot load(CalendarQueries queries) {
        Map<LocalDate, CalendarOverride> overrides = queries.overrides().stream()
                .collect(Collectors.toMap(CalendarOverride::day, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new Snapshot(Map.copyOf(overrides), Map.copyOf(queries.switches()));
    }

    /**
     * @param overrides by day
     * @param switches  rule key → in force, for the switchable rules an administrator has set
     */
    public record Snapshot(Map<LocalDate, CalendarOverride> overrides, Map<String, Boolean> switches) {
    }
}
