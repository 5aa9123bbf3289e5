package vn.vientro.registry.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationStatus;

/** A change of an organisation's status as decided: the reason, decision number and date are required and kept. */
public record StatusChange(OrganisationStatus to, String reason, @Nullable String decisionNumber,
                           @Nullable LocalDate decisionDate) {
}
