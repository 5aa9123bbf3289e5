package vn.vientro.aid;

/**
 * A donor's approved aid like a need's: how many items share a DAC category with it, and how many of those are in one
 * of its communes.
 */
public record DonorHistory(long donorId, int similarItems, int similarItemsInCommunes) {
}
