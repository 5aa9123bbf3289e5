package vn.vientro.registry;

/** An organisation's standing in the province changed by a decision. */
public record OrganisationStatusChanged(long organisationId, OrganisationStatus from, OrganisationStatus to) {
}
