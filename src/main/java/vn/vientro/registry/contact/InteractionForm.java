package vn.vientro.registry.contact;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The "add interaction" form on the contact page; the service says what is missing, at its field. */
public record InteractionForm(@Nullable InteractionKind kind,
                              @Nullable LocalDate occurredOn,
                              @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String notes) {

    public InteractionForm {
        notes = notes == null ? "" : notes;
    }

    static InteractionForm blank() {
        return new InteractionForm(null, null, "");
    }

    NewInteraction toInteraction() {
        return new NewInteraction(kind, occurredOn, notes);
    }
}
