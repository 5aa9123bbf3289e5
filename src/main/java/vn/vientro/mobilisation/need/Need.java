package vn.vientro.mobilisation.need;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedDescribed;
import vn.vientro.mobilisation.NeedMoved;
import vn.vientro.mobilisation.NeedProposed;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.platform.PublishingAggregate;

/**
 * A need of the catalogue of projects calling for aid, proposed by one agency. Its description changes only while it
 * is a draft or returned with comments; its workflow moves only through {@link #move}, which holds the state rule.
 * The timeline of its steps is kept outside it ({@link NeedTimeline}): a log that only grows.
 */
@Table(schema = "mobilisation", name = "need")
class Need extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final long agencyId;
    private NeedStatus status;
    @Embedded.Empty
    private NeedDescription description;
    private @Nullable String decisionNumber;
    private @Nullable LocalDate decisionDate;
    @Column("decision_file")
    private @Nullable Long decisionFileId;
    private @Nullable Long aidItemId;
    private final String proposedBy;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Need(@Nullable Long id, @Nullable Long version, long agencyId, NeedStatus status, NeedDescription description,
         @Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable Long decisionFileId,
         @Nullable Long aidItemId, String proposedBy) {
        this.id = id;
        this.version = version;
        this.agencyId = agencyId;
        this.status = status;
        this.description = description;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.decisionFileId = decisionFileId;
        this.aidItemId = aidItemId;
        this.proposedBy = proposedBy;
    }

    static Need propose(long agencyId, NeedDescription description, String actor) {
        Need need = new Need(null, null, agencyId, NeedStatus.DRAFT, description, null, null, null, null, actor);
        need.publish(id -> new NeedProposed(id, agencyId, actor));
        return need;
    }

    void describe(NeedDescription changed, String actor) {
        if (!status.editable()) {
            throw new NeedLockedException(status);
        }
        this.description = changed;
        publish(id -> new NeedDescribed(id, agencyId, actor));
    }

    /** Takes the step, if the state allows it; the service has checked who may and what the step needs. */
    void move(NeedAction action, NeedStep step, String actor) {
        if (!action.allowedFrom(status)) {
            throw NeedTransitionRefusedException.fromStatus(action, status);
        }
        if (action.needsEnglish() && !description.translations().complete()) {
            throw new TranslationMissingException(description.translations().missing());
        }
        NeedStatus from = status;
        status = action.to();
        if (action == NeedAction.APPROVE) {
            decisionNumber = step.referenceNumber();
            decisionDate = step.referenceDate();
            decisionFileId = step.fileId();
        }
        if (action == NeedAction.FUND) {
            aidItemId = step.aidItemId();
        }
        publish(id -> new NeedMoved(id, agencyId, action, from, action.to(), actor, aidItemId));
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    NeedStatus status() {
        return status;
    }

    long agencyId() {
        return agencyId;
    }
}
