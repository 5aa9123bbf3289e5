package vn.vientro.aid;

import java.util.EnumSet;
import java.util.Set;

/** Where an aid item stands in its lifecycle (DOMAIN.md §4). */
public enum AidStatus {
    DOSSIER_DRAFT,
    SUBMITTED,
    /** Returned for supplement: the statutory clock stops and restarts on resubmission. */
    RETURNED,
    UNDER_APPRAISAL,
    APPRAISED,
    PENDING_DECISION,
    APPROVED,
    REFUSED,
    IMPLEMENTING,
    AMENDMENT_PENDING,
    COMPLETED,
    HANDED_OVER,
    SETTLED,
    CLOSED,
    SUSPENDED,
    TERMINATED;

    private static final Set<AidStatus> MONEY = EnumSet.of(APPROVED, IMPLEMENTING, AMENDMENT_PENDING, COMPLETED,
            HANDED_OVER);
    private static final Set<AidStatus> ACTIVE = EnumSet.of(APPROVED, IMPLEMENTING, AMENDMENT_PENDING);
    private static final Set<AidStatus> DOSSIER = EnumSet.of(DOSSIER_DRAFT, SUBMITTED, RETURNED, UNDER_APPRAISAL,
            APPRAISED, PENDING_DECISION);
    private static final Set<AidStatus> OPEN_DOSSIER = EnumSet.of(DOSSIER_DRAFT, SUBMITTED, RETURNED);
    private static final Set<AidStatus> WITH_OWNER = EnumSet.of(DOSSIER_DRAFT, RETURNED);
    private static final Set<AidStatus> IN_APPRAISAL = EnumSet.of(SUBMITTED, UNDER_APPRAISAL);
    private static final Set<AidStatus> RESULTS_DUE = EnumSet.of(APPROVED, IMPLEMENTING, AMENDMENT_PENDING, SUSPENDED,
            COMPLETED, HANDED_OVER);

    /** Aid may be received and spent only under an approval decision, and not while suspended. */
    public boolean receivesMoney() {
        return MONEY.contains(this);
    }

    /** Approved and running: what a suspension can stop. */
    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    /** The dossier is open: drafted, submitted but not yet under appraisal, or returned. */
    public boolean isDossierOpen() {
        return OPEN_DOSSIER.contains(this);
    }

    /** The dossier is the aid owner's to describe: before its submission, and when returned for supplement. */
    public boolean isWithOwner() {
        return WITH_OWNER.contains(this);
    }

    /**
     * Submitted and not yet appraised: the appraisal lead checks and appraises the dossier, and a change to it is a
     * correction by the focal point or the appraisal lead, with its reason, never the owner's silent edit.
     */
    public boolean isInAppraisal() {
        return IN_APPRAISAL.contains(this);
    }

    /** Approved, running or just finished (until the handover), also while suspended: results are reported. */
    public boolean reportsResults() {
        return RESULTS_DUE.contains(this);
    }

    /** Still before the decision. */
    public boolean isBeforeDecision() {
        return DOSSIER.contains(this);
    }

    /** Has been approved at some point (approved, running, finished or stopped after approval). */
    public boolean wasApproved() {
        return !isBeforeDecision() && this != REFUSED;
    }
}
