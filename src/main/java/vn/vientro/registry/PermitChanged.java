package vn.vientro.registry;

import java.time.LocalDate;

/** A decision on a registration paper was recorded, or the NGO's implementation plan for it arrived. */
public record PermitChanged(long permitId, long organisationId, PermitChange change, LocalDate validUntil) {
}
