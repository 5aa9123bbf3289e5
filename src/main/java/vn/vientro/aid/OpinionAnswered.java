package vn.vientro.aid;

/** An opinion request was answered, by the asked agency's staff or recorded by the appraisal lead. */
public record OpinionAnswered(long itemId, long opinionId, boolean confidential, String askedBy, String answeredBy) {
}
