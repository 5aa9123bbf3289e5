package vn.vientro.mobilisation;

/** An agency proposed a need for the catalogue (a draft). */
public record NeedProposed(long needId, long agencyId, String actor) {
}
