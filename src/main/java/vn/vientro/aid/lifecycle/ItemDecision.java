package vn.vientro.aid.lifecycle;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.LegalBasis;

/**
 * A decision of the competent authority on an item (approval, refusal, amendment, suspension, resumption,
 * termination), recorded with the move that carries it; later only its signed scan is attached or replaced. The
 * database stamps the time it was recorded.
 */
@Table(schema = "aid", name = "decision")
class ItemDecision {

    private static final Map<AidAction, String> KINDS = Map.of(
            AidAction.APPROVE, "APPROVAL", AidAction.REFUSE, "REFUSAL", AidAction.APPROVE_AMENDMENT, "AMENDMENT",
            AidAction.SUSPEND, "SUSPENSION", AidAction.RESUME, "RESUMPTION", AidAction.TERMINATE, "TERMINATION");

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    @Column("aid_item")
    private final long itemId;
    private final String kind;
    private final @Nullable String number;
    private final LocalDate signedOn;
    private final @Nullable String signer;
    private final String authority;
    private final LegalBasis legalBasis;
    private final @Nullable String reason;
    private final @Nullable String overrideReason;
    private @Nullable Long scanFileId;
    private final String recordedBy;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    ItemDecision(@Nullable Long id, @Nullable Long version, long itemId, String kind, @Nullable String number,
                 LocalDate signedOn, @Nullable String signer, String authority, LegalBasis legalBasis,
                 @Nullable String reason, @Nullable String overrideReason, @Nullable Long scanFileId,
                 String recordedBy) {
        this.id = id;
        this.version = version;
        this.itemId = itemId;
        this.kind = kind;
        this.number = number;
        this.signedOn = signedOn;
        this.signer = signer;
        this.authority = authority;
        this.legalBasis = legalBasis;
        this.reason = reason;
        this.overrideReason = overrideReason;
        this.scanFileId = scanFileId;
        this.recordedBy = recordedBy;
    }

    /** Whether the move is made by a decision of the competent authority, which is then recorded. */
    static boolean isCarriedBy(AidAction action) {
        return KINDS.containsKey(action);
    }

    /** The decision a move carries: signed on {@code on} by the authority, under the law of that day. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    static ItemDecision carriedBy(AidAction action, long itemId, TransitionCommand command, LocalDate on,
                                  String authority, LegalBasis legalBasis, String recordedBy) {
        return new ItemDecision(null, null, itemId, Objects.requireNonNull(KINDS.get(action), "a decision's move"),
                command.referenceNumber(), on, command.signer(), authority, legalBasis, command.reason(),
                command.overrideReason(), null, recordedBy);
    }

    /** Attaches the signed scan, a file the dossier keeps; replaces an earlier one. */
    void attachScan(long fileId) {
        scanFileId = fileId;
    }

    long itemId() {
        return itemId;
    }

    @Nullable Long scanFileId() {
        return scanFileId;
    }
}
