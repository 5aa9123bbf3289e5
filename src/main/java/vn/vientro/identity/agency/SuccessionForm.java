package vn.vientro.identity.agency;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/** The succession form on an agency's page, as typed; kept across the redirect when it is refused. */
public record SuccessionForm(@Nullable Long successorId,
                             @Nullable LocalDate effectiveOn,
                             @Size(max = TextLength.NAME, message = "{validation.tooLong}")
                             String legalBasis) implements Serializable {

    public SuccessionForm {
        legalBasis = legalBasis == null ? "" : legalBasis;
    }

    static SuccessionForm blank() {
        return new SuccessionForm(null, null, "");
    }

    long successor() {
        if (successorId == null || effectiveOn == null) {
            throw new InvalidInputException("successorId", "identity.succession.incomplete");
        }
        return successorId;
    }
}
