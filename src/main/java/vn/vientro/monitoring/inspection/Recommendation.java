package vn.vientro.monitoring.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A recommendation on a finding: the agency that must act by the deadline, and its follow-up. Open past the deadline,
 * it is overdue; done, it says when and how.
 */
@Table(schema = "monitoring", name = "inspection_recommendation")
class Recommendation {

    /** Where a recommendation stands; overdue is an open one past its deadline, not a state of its own. */
    enum Status {
        OPEN, DONE
    }

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final long findingId;
    private final long inspectionId;
    private final String text;
    private final long ownerAgencyId;
    private final LocalDate deadline;
    private Status status;
    private @Nullable LocalDate doneOn;
    private @Nullable String followUp;
    private final boolean confidential;
    private String updatedBy;
    private Instant updatedAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Recommendation(@Nullable Long id, @Nullable Long version, long findingId, long inspectionId, String text,
                   long ownerAgencyId, LocalDate deadline, Status status, @Nullable LocalDate doneOn,
                   @Nullable String followUp, boolean confidential, String updatedBy, Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.findingId = findingId;
        this.inspectionId = inspectionId;
        this.text = text;
        this.ownerAgencyId = ownerAgencyId;
        this.deadline = deadline;
        this.status = status;
        this.doneOn = doneOn;
        this.followUp = followUp;
        this.confidential = confidential;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    static Recommendation make(long findingId, long inspectionId, String text, long ownerAgencyId,
                               LocalDate deadline, String actor, Instant now) {
        return new Recommendation(null, null, findingId, inspectionId, text, ownerAgencyId, deadline, Status.OPEN,
                null, null, true, actor, now);
    }

    /** Records what was done about it: done on a day, or still open with a note on where it stands. */
    void followUp(boolean done, LocalDate on, @Nullable String note, String actor, Instant now) {
        status = done ? Status.DONE : Status.OPEN;
        doneOn = done ? on : null;
        followUp = note;
        updatedBy = actor;
        updatedAt = now;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    long inspectionId() {
        return inspectionId;
    }
}
