package vn.vientro.registry;

/** An organisation's profile was stated again (its names may have changed; its status changes by decision only). */
public record OrganisationChanged(long organisationId) {
}
