package vn.vientro.mobilisation.need;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;

/**
 * One step on a need's timeline, with who took it and why. Written once and never changed (so no version), outside
 * the need, whose every save would delete and write it again. The database stamps the time.
 */
@Table(schema = "mobilisation", name = "need_transition")
class NeedTransition {

    @Id
    private @Nullable Long id;
    @Column("need")
    private final long needId;
    private final NeedAction action;
    private final NeedStatus fromStatus;
    private final NeedStatus toStatus;
    private final @Nullable String reason;
    private final @Nullable String referenceNumber;
    private final @Nullable LocalDate referenceDate;
    private final @Nullable Long aidItemId;
    private final String actor;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    NeedTransition(@Nullable Long id, long needId, NeedAction action, NeedStatus fromStatus, NeedStatus toStatus,
                   @Nullable String reason, @Nullable String referenceNumber, @Nullable LocalDate referenceDate,
                   @Nullable Long aidItemId, String actor) {
        this.id = id;
        this.needId = needId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.referenceNumber = referenceNumber;
        this.referenceDate = referenceDate;
        this.aidItemId = aidItemId;
        this.actor = actor;
    }

    static NeedTransition taken(long needId, NeedAction action, NeedStatus from, NeedStep step, String actor) {
        return new NeedTransition(null, needId, action, from, action.to(), step.reason(), step.referenceNumber(),
                step.referenceDate(), step.aidItemId(), actor);
    }
}
