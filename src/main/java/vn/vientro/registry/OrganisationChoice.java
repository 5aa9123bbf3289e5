package vn.vientro.registry;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as a choice list offers it: its name (Vietnamese first, as {@link OrganisationRef#name()}), kind and
 * country, without its papers.
 */
public record OrganisationChoice(long id, String name, OrganisationKind kind, @Nullable String countryCode) {
}
