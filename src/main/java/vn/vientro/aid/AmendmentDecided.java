package vn.vientro.aid;

/** The approver decided a change request: approved (applied as a new version) or rejected. */
public record AmendmentDecided(long itemId, long amendmentId, boolean approved, String requestedBy) {
}
