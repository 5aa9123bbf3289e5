package vn.vientro.registry.opinion;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The form opening an opinion on an organisation's application, as typed; the service says what is missing. */
public record OpinionForm(@Nullable Long organisation,
                          @Size(max = TextLength.CODE, message = "{validation.tooLong}") String application,
                          @Size(max = TextLength.CODE, message = "{validation.tooLong}") String ministryReference,
                          @Nullable LocalDate receivedOn) {

    public OpinionForm {
        application = application == null ? "" : application;
        ministryReference = ministryReference == null ? "" : ministryReference;
    }

    /** A blank form, for the organisation whose page it is opened from, if any. */
    static OpinionForm about(@Nullable Long organisation) {
        return new OpinionForm(organisation, "", "", null);
    }
}
