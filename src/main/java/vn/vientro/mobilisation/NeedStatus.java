package vn.vientro.mobilisation;

/** Where a need of the catalogue stands, from the proposer's draft to its funding. */
public enum NeedStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, APPROVED, PUBLISHED, FUNDED, WITHDRAWN;

    /** What the proposer may still change: a draft, or a need returned with comments. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
