package vn.vientro.aid.amendment;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.platform.Actor;

/**
 * Keeps the versions of an item's description: the first when the item is approved (in the approval's own
 * transaction, so an approved item always has it), then one for each change applied.
 */
@Component
class ItemVersions {

    private final VersionHistory history;
    private final ItemVersionQueries versions;
    private final AidItemQueries items;

    ItemVersions(VersionHistory history, ItemVersionQueries versions, AidItemQueries items) {
        this.history = history;
        this.versions = versions;
        this.items = items;
    }

    @EventListener
    void on(AidItemMoved moved) {
        if (moved.action() == AidAction.APPROVE) {
            ensureBaseline(moved.itemId());
        }
    }

    /**
     * Takes the approved description as version 1 for an item approved before versions were kept.
     *
     * @return the number of the item's latest version
     */
    int ensureBaseline(long itemId) {
        return versions.latest(itemId).map(ItemVersion::versionNo)
                .orElseGet(() -> take(itemId, VersionCause.APPROVAL, null));
    }

    /** Takes the item's current description as its next version and returns that version's number. */
    int take(long itemId, VersionCause cause, @Nullable Long amendmentId) {
        return history.save(ItemVersionEntry.taken(itemId, versions.nextNumber(itemId),
                items.details(itemId).orElseThrow(), Actor.current(), cause, amendmentId)).versionNo();
    }
}
