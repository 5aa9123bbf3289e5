package vn.vientro.mobilisation.funnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.shared.InvalidInputException;

/** An organisation's interest in a need, moved through the funnel step by step; its steps are its history. */
@Table(schema = "mobilisation", name = "interest")
class Interest {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    @Column("need")
    private final long needId;
    private final @Nullable Long organisationId;
    private InterestStage stage;
    private @Nullable String contactPerson;
    private @Nullable String cameFrom;
    private @Nullable Long aidItemId;
    private final String recordedBy;
    private final InterestSource source;
    @Embedded.Nullable(prefix = "enquirer_")
    private final @Nullable Enquirer enquirer;
    @MappedCollection(idColumn = "interest", keyColumn = "interest_key")
    private final List<InterestStep> steps;

    @PersistenceCreator
    Interest(@Nullable Long id, @Nullable Long version, long needId, @Nullable Long organisationId,
             InterestStage stage, @Nullable String contactPerson, @Nullable String cameFrom, @Nullable Long aidItemId,
             String recordedBy, InterestSource source, @Nullable Enquirer enquirer, List<InterestStep> steps) {
        this.id = id;
        this.version = version;
        this.needId = needId;
        this.organisationId = organisationId;
        this.stage = stage;
        this.contactPerson = contactPerson;
        this.cameFrom = cameFrom;
        this.aidItemId = aidItemId;
        this.recordedBy = recordedBy;
        this.source = source;
        this.enquirer = enquirer;
        this.steps = new ArrayList<>(steps);
    }

    static Interest open(long needId, long organisationId, InterestMove first, @Nullable String contactPerson,
                         @Nullable String cameFrom, String actor, Instant now) {
        if (first.stage() == InterestStage.DECLINED) {
            throw new InvalidInputException("stage", "mobilisation.interest.firstStage");
        }
        Interest interest = new Interest(null, null, needId, organisationId, first.stage(), contactPerson, cameFrom,
                null, actor, InterestSource.STAFF, null, List.of());
        interest.record(first, actor, now);
        return interest;
    }

    /**
     * An interest an organisation sent from the public portal, at the funnel's first stage with its message as the
     * step's note: linked to the registry's organisation when its name matched one, else kept as an enquirer.
     */
    static Interest sent(long needId, @Nullable Long organisationId, Enquirer enquirer, String contactName,
                         String message, String actor, Instant now, LocalDate today) {
        Interest interest = new Interest(null, null, needId, organisationId, InterestStage.CONTACTED, contactName,
                null, null, actor, InterestSource.PORTAL, enquirer, List.of());
        interest.record(new InterestMove(InterestStage.CONTACTED, today, message, null), actor, now);
        return interest;
    }

    /** Moves the interest on; committing names the aid item that came of it. */
    void move(InterestMove next, String actor, Instant now) {
        if (!next.stage().mayFollow(stage)) {
            throw new InterestMoveRefusedException(stage, next.stage());
        }
        LocalDate last = lastStepDate();
        if (next.onDate().isBefore(last)) {
            throw new InvalidInputException("onDate", "mobilisation.interest.beforeLastStep", last);
        }
        record(next, actor, now);
    }

    private void record(InterestMove move, String actor, Instant now) {
        if (move.stage() == InterestStage.COMMITTED) {
            if (move.aidItemId() == null) {
                throw new InvalidInputException("aidItemId", "mobilisation.interest.aidItemRequired");
            }
            this.aidItemId = move.aidItemId();
        }
        this.stage = move.stage();
        steps.add(new InterestStep(move.stage(), move.onDate(), move.note(), actor, now));
    }

    /**
     * Brings the interest to "pledged" on that day, unless it stands there or beyond already; an organisation that
     * declined is approached anew before it pledges.
     */
    void pledge(LocalDate on, @Nullable String note, String actor, Instant now) {
        if (stage == InterestStage.DECLINED) {
            throw new InvalidInputException("organisationId", "mobilisation.pledge.declined");
        }
        if (stage.ordinal() < InterestStage.PLEDGED.ordinal()) {
            record(new InterestMove(InterestStage.PLEDGED, notBeforeLastStep(on), note, null), actor, now);
        }
    }

    /** The aid item a pledge started commits the interest; told twice, or too late to move, it changes nothing. */
    boolean commit(long itemId, LocalDate on, String actor, Instant now) {
        if (!InterestStage.COMMITTED.mayFollow(stage)) {
            return false;
        }
        record(new InterestMove(InterestStage.COMMITTED, notBeforeLastStep(on), null, itemId), actor, now);
        return true;
    }

    private LocalDate lastStepDate() {
        return steps.get(steps.size() - 1).onDate();
    }

    /**
     * A step taken for the funnel by another record (a pledge, an aid item) dated before the last one recorded by
     * hand keeps the funnel's order: it is dated with the last one.
     */
    private LocalDate notBeforeLastStep(LocalDate on) {
        LocalDate last = lastStepDate();
        return on.isBefore(last) ? last : on;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    long needId() {
        return needId;
    }
}
