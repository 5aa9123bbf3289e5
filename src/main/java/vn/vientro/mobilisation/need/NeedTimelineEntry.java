package vn.vientro.mobilisation.need;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;

/** One step on a need's timeline: who, when, why. */
public record NeedTimelineEntry(long id, NeedAction action, NeedStatus fromStatus, NeedStatus toStatus,
                                @Nullable String reason, @Nullable String referenceNumber,
                                @Nullable LocalDate referenceDate, @Nullable Long aidItemId, String actor,
                                Instant occurredAt) {
}
