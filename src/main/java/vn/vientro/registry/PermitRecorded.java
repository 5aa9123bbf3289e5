package vn.vientro.registry;

import java.time.LocalDate;

/** A registration paper issued by the ministry was recorded for an organisation. */
public record PermitRecorded(long permitId, long organisationId, PermitKind kind, String number,
                             LocalDate validUntil) {
}
