package vn.vientro.registry.contact;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The "add interaction" form on the contact page; the service says what is missing, at its field. */
public class InteractionForm {

    private @Nullable InteractionKind kind;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate occurredOn;
    @Size(max = 4000, message = "{validation.tooLong}")
    private String notes = "";

    NewInteraction toInteraction() {
        return new NewInteraction(kind, occurredOn, notes);
    }

    public @Nullable InteractionKind getKind() { return kind; }
    public void setKind(@Nullable InteractionKind kind) { this.kind = kind; }
    public @Nullable LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(@Nullable LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
