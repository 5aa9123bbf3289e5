package vn.vientro.registry.contact;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting, call, e-mail or visit logged with a contact. The log only grows: an entry is written once and never
 * changed (so it has no version); why it is not part of the contact, see {@link Contact}. The database stamps the time.
 */
@Table(schema = "registry", name = "contact_interaction")
class Interaction {

    @Id
    private @Nullable Long id;
    private final long contact;
    private final InteractionKind kind;
    private final LocalDate occurredOn;
    private final String notes;
    private final String recordedBy;

    @PersistenceCreator
    Interaction(@Nullable Long id, long contact, InteractionKind kind, LocalDate occurredOn, String notes,
                String recordedBy) {
        this.id = id;
        this.contact = contact;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.notes = notes;
        this.recordedBy = recordedBy;
    }

    /** An interaction as checked by {@link ContactRules#check(NewInteraction)}, logged by {@code actor}. */
    static Interaction log(long contact, NewInteraction interaction, String actor) {
        return new Interaction(null, contact, Objects.requireNonNull(interaction.kind()),
                Objects.requireNonNull(interaction.occurredOn()), Objects.requireNonNull(interaction.notes()).trim(),
                actor);
    }

    long id() {
        return Objects.requireNonNull(id, "logged");
    }

    LocalDate occurredOn() {
        return occurredOn;
    }
}
