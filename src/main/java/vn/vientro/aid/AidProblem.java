package vn.vientro.aid;

import vn.vientro.shared.ProblemType;

/** The aid module's problems: what an aid item's rules refuse, each under one stable type. */
public enum AidProblem implements ProblemType {
    /** The description changes directly only while the dossier is open; later through an amendment. */
    AID_ITEM_LOCKED(Kind.CONFLICT),
    /**
     * A submitted dossier changes only through the procedure: the owner's side describes it before submission and when
     * it is returned for supplement, the focal point and the appraisal lead correct it during appraisal.
     */
    DOSSIER_LOCKED(Kind.CONFLICT),
    /** A lifecycle move the item's state or a precondition does not allow now. */
    TRANSITION_REFUSED(Kind.CONFLICT),
    /** Papers are added only while the dossier is open. */
    DOSSIER_CLOSED(Kind.CONFLICT),
    /** Someone else is adding a paper to the same dossier at the same moment. */
    DOSSIER_BUSY(Kind.CONFLICT),
    /** Opinions are asked only while the item is under appraisal. */
    APPRAISAL_NOT_OPEN(Kind.CONFLICT),
    /** The agency was already asked on this topic and has not been released. */
    OPINION_ALREADY_ASKED(Kind.CONFLICT),
    /** The opinion request was answered or withdrawn. */
    OPINION_CLOSED(Kind.CONFLICT),
    /** Aid is received or spent only under an approval decision (Decree 313/2025). */
    MONEY_BEFORE_APPROVAL(Kind.CONFLICT),
    /** A change request the item's state or the amendment rules do not allow. */
    AMENDMENT_REFUSED(Kind.CONFLICT),
    /** The results framework is fixed by the decision; only the focal point adjusts it. */
    RESULTS_LOCKED(Kind.CONFLICT),
    /** Actual values are reported only under an approval decision. */
    RESULTS_BEFORE_APPROVAL(Kind.CONFLICT),
    /** Reporting ends with the handover of the results. */
    RESULTS_REPORTING_CLOSED(Kind.CONFLICT);

    private final Kind kind;

    AidProblem(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
