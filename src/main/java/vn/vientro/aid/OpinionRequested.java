package vn.vientro.aid;

/** An agency was asked for its opinion on an item under appraisal; a security request is confidential. */
public record OpinionRequested(long itemId, long opinionId, long agencyId, boolean confidential) {
}
