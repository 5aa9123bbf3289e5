package vn.vientro.aid.amendment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.item.AidItemDetails;

/** One version of an item's description, with why and by whom it was taken. */
public record ItemVersion(int versionNo, VersionCause cause, Instant takenAt, String takenBy,
                          @Nullable Long amendmentId, AidItemDetails snapshot) {
}
