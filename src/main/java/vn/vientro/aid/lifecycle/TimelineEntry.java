package vn.vientro.aid.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidStatus;

/** One move on an item's timeline. */
public record TimelineEntry(long id, AidAction action, AidStatus fromStatus, AidStatus toStatus,
                            @Nullable String reason, @Nullable String recommendation,
                            @Nullable String referenceNumber,
                            @Nullable LocalDate referenceDate, String actor, Instant occurredAt) {
}
