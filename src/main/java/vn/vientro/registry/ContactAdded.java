package vn.vientro.registry;

/** A person was added to the contact network. */
public record ContactAdded(long contactId) {
}
