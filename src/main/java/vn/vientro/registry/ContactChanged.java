package vn.vientro.registry;

/** What the focal point states about a contact changed. */
public record ContactChanged(long contactId) {
}
