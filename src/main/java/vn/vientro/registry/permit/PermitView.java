package vn.vientro.registry.permit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.PermitKind;

/**
 * A paper with its organisation's name and what is derived from the dates.
 *
 * @param effectiveStatus VALID, EXPIRED, SUSPENDED, REVOKED or REPLACED as of today
 */
public record PermitView(long id, long version, long organisationId, String organisationName, PermitKind kind,
                         String number, String issuingBody, LocalDate issuedOn, LocalDate validFrom,
                         LocalDate validUntil, @Nullable String scopeAreas, List<String> scopeCommunes,
                         @Nullable String scopeFields, PermitStatus status, String effectiveStatus,
                         @Nullable LocalDate planDueOn, @Nullable LocalDate planReceivedOn, long daysLeft) {

    public boolean planOverdue(LocalDate today) {
        return planDueOn != null && planReceivedOn == null && today.isAfter(planDueOn);
    }

    public boolean expiringWithin(int days) {
        return "VALID".equals(effectiveStatus) && daysLeft <= days;
    }

    static long daysBetween(LocalDate today, LocalDate until) {
        return ChronoUnit.DAYS.between(today, until);
    }
}
