package vn.vientro.mobilisation;

/** A draft or returned need's description was changed by its proposer. */
public record NeedDescribed(long needId, long agencyId, String actor) {
}
