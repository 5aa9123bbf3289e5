package vn.vientro.aid.amendment;

/**
 * Where a change request stands. A substantive one waits ({@code PENDING}) for the original approver, who approves it
 * (its description is then applied) or rejects it; a minor one is {@code APPLIED} at once, without a decision.
 */
public enum AmendmentStatus {
    PENDING, APPROVED, REJECTED, APPLIED
}
