package vn.vientro.registry;

/** The organisation's standing in the province; each change records its reason and deciding document. */
public enum OrganisationStatus {
    ACTIVE,
    UNDER_INSPECTION,
    SUSPENDED,
    CEASED
}
