package vn.vientro.mobilisation.pledge;

/** Where a pledge stands: promised, its dossier opened (an aid item exists), that item approved, or withdrawn. */
public enum PledgeState {
    PLEDGED, IN_DOSSIER, APPROVED, WITHDRAWN
}
