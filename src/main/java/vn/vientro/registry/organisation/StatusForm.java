package vn.vientro.registry.organisation;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/** The status form on the organisation's history tab, as typed; kept across the redirect when it is refused. */
public record StatusForm(@Nullable Long version,
                         @Nullable OrganisationStatus to,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String reason,
                         @Size(max = TextLength.CODE, message = "{validation.tooLong}") String decisionNumber,
                         @Nullable LocalDate decisionDate)
        implements Serializable {

    public StatusForm {
        reason = reason == null ? "" : reason;
        decisionNumber = decisionNumber == null ? "" : decisionNumber;
    }

    /** The form as the organisation stands: its present status chosen. */
    static StatusForm of(OrganisationView organisation) {
        return new StatusForm(null, organisation.status(), "", "", null);
    }

    StatusChange toChange() {
        if (to == null) {
            throw new InvalidInputException("to", "registry.status.to.required");
        }
        return new StatusChange(to, reason, decisionNumber, decisionDate);
    }
}
