package vn.vientro.registry.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.shared.TextLength;

/** A change of an organisation's status as decided: the reason, decision number and date are required and kept. */
public record StatusChange(OrganisationStatus to, String reason, @Nullable String decisionNumber,
                           @Nullable LocalDate decisionDate) {

    public StatusChange {
        TextLength.require("reason", reason, TextLength.TEXT);
        TextLength.require("decisionNumber", decisionNumber, TextLength.CODE);
    }
}
