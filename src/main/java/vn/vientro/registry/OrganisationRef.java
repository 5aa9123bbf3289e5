package vn.vientro.registry;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as other modules see it.
 *
 * @param withoutValidPermit a foreign NGO with no valid registration paper today: flag it wherever it appears
 */
public record OrganisationRef(long id, String name, @Nullable String abbreviation, OrganisationKind kind,
                              OrganisationStatus status, @Nullable String countryCode, @Nullable String iatiIdentifier,
                              boolean withoutValidPermit) {
}
