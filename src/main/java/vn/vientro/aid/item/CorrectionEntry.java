package vn.vientro.aid.item;

import java.time.Instant;
import java.util.List;
import vn.vientro.aid.AidStatus;

/**
 * A correction on an item's timeline, for its reader.
 *
 * @param status  the state the dossier was in when corrected
 * @param changes each changed field or list with its value before and after, in the reader's language
 */
public record CorrectionEntry(long id, AidStatus status, String reason, List<String> changes, String actor,
                              Instant occurredAt) {

    public CorrectionEntry {
        changes = List.copyOf(changes);
    }
}
