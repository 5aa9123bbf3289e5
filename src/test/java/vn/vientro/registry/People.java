package vn.vientro.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.registry.contact.ContactDetails;
import vn.vientro.registry.contact.ContactKind;
import vn.vientro.registry.contact.Contacts;
import vn.vientro.registry.contact.InteractionKind;
import vn.vientro.registry.contact.NewInteraction;
import vn.vientro.testing.ApplicationUnderTest;

/**
 * Contacts for tests, added through {@link Contacts} as the focal point would, with the interactions logged with them
 * ({@code People.aContact(ContactKind.EMBASSY, "Kim Soo-yeon").speaking("ko", "en").add()}).
 */
public final class People {

    private final ContactKind kind;
    private final String fullName;
    private @Nullable String title;
    private @Nullable Long organisationId;
    private List<String> languages = List.of("vi");
    private @Nullable String country;
    private final List<Logged> interactions = new ArrayList<>();

    private People(ContactKind kind, String fullName) {
        this.kind = kind;
        this.fullName = fullName;
    }

    public static People aContact(ContactKind kind, String fullName) {
        return new People(kind, fullName);
    }

    public People titled(String title) {
        this.title = title;
        return this;
    }

    public People of(long organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    public People speaking(String... languageCodes) {
        this.languages = List.of(languageCodes);
        return this;
    }

    public People from(String countryCode) {
        this.country = countryCode;
        return this;
    }

    /** An interaction logged {@code daysAgo} days before today. */
    public People met(InteractionKind how, int daysAgo, String notes) {
        this.interactions.add(new Logged(how, daysAgo, notes));
        return this;
    }

    /** The contact's id. */
    public long add() {
        Contacts contacts = ApplicationUnderTest.bean(Contacts.class);
        LocalDate today = LocalDate.now(ApplicationUnderTest.bean(Clock.class));
        return SystemAuthentication.asAdministrator("system:test", () -> {
            long id = contacts.add(new ContactDetails(kind, fullName, title, organisationId, null, null, languages,
                    null, country, null));
            interactions.forEach(logged -> contacts.recordInteraction(id,
                    new NewInteraction(logged.how(), today.minusDays(logged.daysAgo()), logged.notes())));
            return id;
        });
    }

    private record Logged(InteractionKind how, int daysAgo, String notes) {
    }
}
