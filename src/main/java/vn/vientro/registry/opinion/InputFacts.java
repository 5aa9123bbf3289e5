package vn.vientro.registry.opinion;

/** What a permission needs to know of an input: which agency was asked, and whether it is confidential. */
public record InputFacts(long agencyId, boolean confidential) {
}
