package vn.vientro.aid.lifecycle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidStatus;

/**
 * One move on an item's timeline, with who made it and why. The timeline only grows: a move is written once and never
 * changed (so it has no version), and it stays outside the item, whose every save would delete and write it again.
 * The database stamps the time.
 */
@Table(schema = "aid", name = "transition")
class Transition {

    @Id
    private @Nullable Long id;
    @Column("aid_item")
    private final long itemId;
    private final AidAction action;
    private final AidStatus fromStatus;
    private final AidStatus toStatus;
    private final @Nullable String reason;
    private final @Nullable String recommendation;
    private final @Nullable String referenceNumber;
    private final @Nullable LocalDate referenceDate;
    private final String actor;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Transition(@Nullable Long id, long itemId, AidAction action, AidStatus fromStatus, AidStatus toStatus,
               @Nullable String reason, @Nullable String recommendation, @Nullable String referenceNumber,
               @Nullable LocalDate referenceDate, String actor) {
        this.id = id;
        this.itemId = itemId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.recommendation = recommendation;
        this.referenceNumber = referenceNumber;
        this.referenceDate = referenceDate;
        this.actor = actor;
    }

    /** The move {@code action} from {@code from}, made by {@code actor} with what they gave. */
    static Transition made(long itemId, AidAction action, AidStatus from, TransitionCommand command, String actor) {
        return new Transition(null, itemId, action, from, action.to(), command.reason(), command.recommendation(),
                command.referenceNumber(), command.referenceDate(), actor);
    }
}
