package vn.vientro.registry.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.registry.ContactAdded;
import vn.vientro.registry.ContactChanged;

/**
 * A person in the contact network. The interaction log is not part of this aggregate: it is append-only, and keeping
 * it outside means recording a call never conflicts with someone editing the contact's details (Spring Data JDBC
 * would also delete and re-insert every logged entry on each save of the contact). Changes are published as events
 * when the contact is saved: listeners index it after the commit.
 */
@Table(schema = "registry", name = "contact")
class Contact extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private @Nullable Long organisation;
    private String fullName;
    private @Nullable String title;
    private ContactKind kind;
    private @Nullable String email;
    private @Nullable String phone;
    private Set<String> languages;
    private @Nullable String interests;
    private @Nullable String countryCode;
    // Written only by the interaction log (Contacts.recordInteraction), so an edit of stale details cannot reset it.
    @ReadOnlyProperty
    private @Nullable LocalDate lastContactOn;
    private @Nullable String notes;
    private Instant createdAt;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Contact(@Nullable Long id, @Nullable Long version, @Nullable Long organisation, String fullName,
            @Nullable String title, ContactKind kind, @Nullable String email, @Nullable String phone,
            Set<String> languages, @Nullable String interests, @Nullable String countryCode,
            @Nullable LocalDate lastContactOn, @Nullable String notes, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.organisation = organisation;
        this.fullName = fullName;
        this.title = title;
        this.kind = kind;
        this.email = email;
        this.phone = phone;
        this.languages = new LinkedHashSet<>(languages);
        this.interests = interests;
        this.countryCode = countryCode;
        this.lastContactOn = lastContactOn;
        this.notes = notes;
        this.createdAt = createdAt;
    }

    static Contact add(ContactDetails details) {
        Contact contact = new Contact(null, null, null, details.fullName(), null, details.kind(), null, null, Set.of(),
                null, null, null, null, Instant.now());
        contact.apply(details);
        contact.publish(ContactAdded::new);
        return contact;
    }

    void describe(ContactDetails details) {
        apply(details);
        publish(ContactChanged::new);
    }

    private void apply(ContactDetails details) {
        this.organisation = details.organisationId();
        this.fullName = details.fullName();
        this.title = details.title();
        this.kind = details.kind();
        this.email = details.email();
        this.phone = details.phone();
        this.languages = new LinkedHashSet<>(details.languages());
        this.interests = details.interests();
        this.countryCode = details.countryCode();
        this.notes = details.notes();
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    @Nullable Long version() {
        return version;
    }
}
