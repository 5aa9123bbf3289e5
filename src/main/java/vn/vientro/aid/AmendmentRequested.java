package vn.vientro.aid;

/** The aid owner asked for a substantive change (or an extension), which now waits for the approver. */
public record AmendmentRequested(long itemId, long amendmentId, boolean extension) {
}
