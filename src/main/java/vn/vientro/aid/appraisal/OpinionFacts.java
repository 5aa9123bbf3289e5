package vn.vientro.aid.appraisal;

/** What a permission needs to know of an opinion request: which agency was asked, and whether it is confidential. */
public record OpinionFacts(long agencyId, boolean confidential) {
}
