package vn.vientro.aid.amendment;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.item.AidItemDetails;

/**
 * A version of an item's description as it is kept. Versions only grow: one is written once and never changed (so it
 * has no version of its own), and they stay outside the item, whose every save would delete and write them again.
 * The database stamps the time; the unique (item, number) refuses a second version of the same number.
 */
@Table(schema = "aid", name = "item_version")
class ItemVersionEntry {

    @Id
    private @Nullable Long id;
    @Column("aid_item")
    private final long itemId;
    private final int versionNo;
    private final AidItemDetails snapshot;
    private final String takenBy;
    private final VersionCause cause;
    @Column("amendment")
    private final @Nullable Long amendmentId;

    @PersistenceCreator
    ItemVersionEntry(@Nullable Long id, long itemId, int versionNo, AidItemDetails snapshot, String takenBy,
                     VersionCause cause, @Nullable Long amendmentId) {
        this.id = id;
        this.itemId = itemId;
        this.versionNo = versionNo;
        this.snapshot = snapshot;
        this.takenBy = takenBy;
        this.cause = cause;
        this.amendmentId = amendmentId;
    }

    static ItemVersionEntry taken(long itemId, int versionNo, AidItemDetails description, String by,
                                  VersionCause cause, @Nullable Long amendmentId) {
        return new ItemVersionEntry(null, itemId, versionNo, description, by, cause, amendmentId);
    }

    int versionNo() {
        return versionNo;
    }
}
