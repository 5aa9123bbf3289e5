package vn.vientro.mobilisation.pledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.shared.InvalidInputException;

/**
 * An organisation's promise to fund a need: the amount in its currency and in VND at the day's rate, when it is
 * expected, and the aid item whose dossier it started. The item's approval makes it approved.
 */
@Table(schema = "mobilisation", name = "pledge")
class Pledge {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    @Column("interest")
    private final long interestId;
    @Column("need")
    private final long needId;
    private final long organisationId;
    @Column("activity")
    private final @Nullable Long activityId;
    private final BigDecimal amount;
    private final String currency;
    private final BigDecimal amountVnd;
    private final LocalDate pledgedOn;
    private final @Nullable LocalDate expectedOn;
    private @Nullable String note;
    private PledgeState state;
    private @Nullable Long aidItemId;
    private final String recordedBy;
    private final Instant recordedAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Pledge(@Nullable Long id, @Nullable Long version, long interestId, long needId, long organisationId,
           @Nullable Long activityId, BigDecimal amount, String currency, BigDecimal amountVnd, LocalDate pledgedOn,
           @Nullable LocalDate expectedOn, @Nullable String note, PledgeState state, @Nullable Long aidItemId,
           String recordedBy, Instant recordedAt) {
        this.id = id;
        this.version = version;
        this.interestId = interestId;
        this.needId = needId;
        this.organisationId = organisationId;
        this.activityId = activityId;
        this.amount = amount;
        this.currency = currency;
        this.amountVnd = amountVnd;
        this.pledgedOn = pledgedOn;
        this.expectedOn = expectedOn;
        this.note = note;
        this.state = state;
        this.aidItemId = aidItemId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    static Pledge record(long interestId, PledgeTerms terms, BigDecimal amountVnd, String actor, Instant now) {
        return new Pledge(null, null, interestId, terms.needId(), terms.organisationId(), terms.activityId(),
                terms.amount(), terms.currency(), amountVnd, terms.pledgedOn(), terms.expectedOn(), terms.note(),
                PledgeState.PLEDGED, null, actor, now);
    }

    /** The dossier this pledge started; a pledge starts one dossier, and a withdrawn one none. */
    boolean startedDossier(long itemId) {
        if (state != PledgeState.PLEDGED || aidItemId != null) {
            return false;
        }
        aidItemId = itemId;
        state = PledgeState.IN_DOSSIER;
        return true;
    }

    boolean approved() {
        if (state != PledgeState.IN_DOSSIER) {
            return false;
        }
        state = PledgeState.APPROVED;
        return true;
    }

    void withdraw(@Nullable String reason) {
        if (state != PledgeState.PLEDGED) {
            throw new InvalidInputException("state", "mobilisation.pledge.withdraw.refused");
        }
        state = PledgeState.WITHDRAWN;
        if (reason != null && !reason.isBlank()) {
            note = note == null ? reason.strip() : note + "\n" + reason.strip();
        }
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    long interestId() {
        return interestId;
    }

    long needId() {
        return needId;
    }

    long organisationId() {
        return organisationId;
    }

    PledgeState state() {
        return state;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    @Nullable LocalDate expectedOn() {
        return expectedOn;
    }
}
