package vn.vientro.registry.contact;

/** An organisation a contact may be linked to, for choice lists. */
public record OrganisationChoice(long id, String name) {
}
