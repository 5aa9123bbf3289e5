package vn.vientro.registry;

/** An organisation was entered in the registry. */
public record OrganisationRegistered(long organisationId, OrganisationKind kind) {
}
