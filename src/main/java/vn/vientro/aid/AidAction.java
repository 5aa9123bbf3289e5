package vn.vientro.aid;

import static vn.vientro.aid.AidStatus.AMENDMENT_PENDING;
import static vn.vientro.aid.AidStatus.APPRAISED;
import static vn.vientro.aid.AidStatus.APPROVED;
import static vn.vientro.aid.AidStatus.CLOSED;
import static vn.vientro.aid.AidStatus.COMPLETED;
import static vn.vientro.aid.AidStatus.DOSSIER_DRAFT;
import static vn.vientro.aid.AidStatus.HANDED_OVER;
import static vn.vientro.aid.AidStatus.IMPLEMENTING;
import static vn.vientro.aid.AidStatus.PENDING_DECISION;
import static vn.vientro.aid.AidStatus.REFUSED;
import static vn.vientro.aid.AidStatus.RETURNED;
import static vn.vientro.aid.AidStatus.SETTLED;
import static vn.vientro.aid.AidStatus.SUBMITTED;
import static vn.vientro.aid.AidStatus.SUSPENDED;
import static vn.vientro.aid.AidStatus.TERMINATED;
import static vn.vientro.aid.AidStatus.UNDER_APPRAISAL;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The moves of the lifecycle (DOMAIN.md §4), each from the states it may start in to the state it leads to. Who may
 * make a move, and what else it needs, the lifecycle checks.
 */
public enum AidAction {
    SUBMIT(EnumSet.of(DOSSIER_DRAFT), SUBMITTED),
    /** The dossier is incomplete: back to the aid owner; the clock stops. */
    RETURN(EnumSet.of(SUBMITTED), RETURNED),
    /** The supplemented dossier: the clock restarts. */
    RESUBMIT(EnumSet.of(RETURNED), SUBMITTED),
    OPEN_APPRAISAL(EnumSet.of(SUBMITTED), UNDER_APPRAISAL),
    CONCLUDE_APPRAISAL(EnumSet.of(UNDER_APPRAISAL), APPRAISED),
    /** The appraisal report goes to the competent authority (tờ trình). */
    PROPOSE_DECISION(EnumSet.of(APPRAISED), PENDING_DECISION),
    /** From a pending decision; emergency relief straight from the submitted dossier (Decree 50/2020). */
    APPROVE(EnumSet.of(PENDING_DECISION, SUBMITTED), APPROVED),
    REFUSE(EnumSet.of(PENDING_DECISION, SUBMITTED), REFUSED),
    START(EnumSet.of(APPROVED), IMPLEMENTING),
    /** Made by the amendment workflow, which carries the change request. */
    REQUEST_AMENDMENT(EnumSet.of(IMPLEMENTING), AMENDMENT_PENDING, true),
    APPROVE_AMENDMENT(EnumSet.of(AMENDMENT_PENDING), IMPLEMENTING, true),
    REJECT_AMENDMENT(EnumSet.of(AMENDMENT_PENDING), IMPLEMENTING, true),
    COMPLETE(EnumSet.of(IMPLEMENTING), COMPLETED),
    HAND_OVER(EnumSet.of(COMPLETED), HANDED_OVER),
    SETTLE(EnumSet.of(HANDED_OVER), SETTLED),
    CLOSE(EnumSet.of(SETTLED), CLOSED),
    SUSPEND(EnumSet.of(APPROVED, IMPLEMENTING, AMENDMENT_PENDING), SUSPENDED),
    RESUME(EnumSet.of(SUSPENDED), IMPLEMENTING),
    TERMINATE(EnumSet.of(SUSPENDED), TERMINATED);

    private final Set<AidStatus> from;
    private final AidStatus to;
    private final boolean viaAmendment;

    AidAction(Set<AidStatus> from, AidStatus to) {
        this(from, to, false);
    }

    AidAction(Set<AidStatus> from, AidStatus to, boolean viaAmendment) {
        this.from = from;
        this.to = to;
        this.viaAmendment = viaAmendment;
    }

    public Set<AidStatus> from() {
        return from;
    }

    public AidStatus to() {
        return to;
    }

    /** Amendment moves carry a change request and are made only through the amendment workflow. */
    public boolean viaAmendment() {
        return viaAmendment;
    }

    /** Whether the move may start in this state for this kind: emergency relief skips the consultation. */
    public boolean allowedFrom(AidStatus status, AidKind kind) {
        if (!from.contains(status)) {
            return false;
        }
        if (this == APPROVE || this == REFUSE) {
            return kind.isEmergency() ? status == SUBMITTED : status == PENDING_DECISION;
        }
        if (this == OPEN_APPRAISAL || this == RETURN) {
            return !kind.isEmergency() || this == RETURN;
        }
        return true;
    }

    /** The URL form, {@code open-appraisal}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<AidAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(action -> action.slug().equals(slug)).findFirst();
    }

    /** States no move leaves. */
    public static boolean isFinal(AidStatus status) {
        return status == CLOSED || status == TERMINATED || status == REFUSED;
    }
}
