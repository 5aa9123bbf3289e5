package vn.vientro.aid.item;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.AidStatus;

/**
 * A correction of a submitted dossier during appraisal: who made it, in which state, why, and the description before
 * and after it, from which the timeline tells the changed fields in each reader's language. Written once and never
 * changed (so it has no version), outside the item, whose every save would delete and write it again. The database
 * stamps the time.
 */
@Table(schema = "aid", name = "correction")
class Correction {

    @Id
    private @Nullable Long id;
    @Column("aid_item")
    private final long itemId;
    private final AidStatus status;
    private final String reason;
    private final AidItemDetails before;
    private final AidItemDetails after;
    private final String actor;

    @PersistenceCreator
    Correction(@Nullable Long id, long itemId, AidStatus status, String reason, AidItemDetails before,
               AidItemDetails after, String actor) {
        this.id = id;
        this.itemId = itemId;
        this.status = status;
        this.reason = reason;
        this.before = before;
        this.after = after;
        this.actor = actor;
    }

    static Correction made(long itemId, AidStatus status, String reason, AidItemDetails before, AidItemDetails after,
                           String actor) {
        return new Correction(null, itemId, status, reason, before, after, actor);
    }
}
