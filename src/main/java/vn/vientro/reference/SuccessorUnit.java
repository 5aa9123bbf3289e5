package vn.vientro.reference;

/**
 * A unit on the other side of the 1 July 2025 reorganisation.
 *
 * @param kind {@code ONE_TO_ONE} when the old commune went whole into one new commune, {@code SPLIT} when it was
 *             divided among several (then the address decides which one a record belongs to)
 */
public record SuccessorUnit(AdminUnit unit, String kind) {
}
