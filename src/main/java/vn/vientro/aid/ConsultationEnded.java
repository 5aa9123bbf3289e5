package vn.vientro.aid;

/** An agency no longer reads an item: no ordinary opinion request to it stands any more. */
public record ConsultationEnded(long itemId, long agencyId) {
}
