package vn.vientro.aid;

/** An opinion request passed its due date unanswered (noticed once, by the daily check). */
public record OpinionOverdue(long itemId, long opinionId, boolean confidential) {
}
