package vn.vientro.registry.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.platform.DemoFile;
import vn.vientro.registry.organisation.OrganisationFilter;
import vn.vientro.registry.organisation.OrganisationRegistry;

/**
 * Demo profile only: a dozen invented people with a few interactions each, dated back from today
 * ({@code demo/registry/contacts.yml}). Runs after the demo registry, once: skipped when contacts exist.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoContacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

    private final Contacts contacts;
    private final OrganisationRegistry organisations;
    private final Clock clock;

    DemoContacts(Contacts contacts, OrganisationRegistry organisations, Clock clock) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.asAdministrator("system:demo", () -> {
            if (contacts.list(ContactFilter.all()).total() == 0) {
                seed();
            }
            return null;
        });
    }

    /** The people as {@code demo/registry/contacts.yml} lists them. */
    record Seed(List<Person> people) {
    }

    /** An invented person and what was logged with them. */
    record Person(ContactKind kind, String name, String title, @Nullable String organisation, String email,
                  @Nullable String phone, List<String> languages, String interests, String country,
                  List<Interaction> interactions) {
    }

    /** An interaction {@code daysAgo} counted back from today. */
    record Interaction(InteractionKind kind, int daysAgo, String notes) {
    }

    private void seed() {
        List<Person> people = DemoFile.read("demo/registry/contacts.yml", Seed.class).people();
        LocalDate today = LocalDate.now(clock);
        for (Person person : people) {
            Long organisation = person.organisation() == null ? null : organisation(person.organisation());
            long id = contacts.add(new ContactDetails(person.kind(), person.name(), person.title(), organisation,
                    person.email(), person.phone(), person.languages(), person.interests(), person.country(), null));
            person.interactions().forEach(entry -> contacts.recordInteraction(id,
                    new NewInteraction(entry.kind(), today.minusDays(entry.daysAgo()), entry.notes())));
        }
        log.info("Demo contacts ready: {} contacts with interactions", people.size());
    }

    private @Nullable Long organisation(String abbreviation) {
        return organisations.list(new OrganisationFilter(null, null, null, null, null, false, abbreviation, 0, 50))
                .rows().stream().filter(o -> abbreviation.equals(o.abbreviation())).map(o -> o.id()).findFirst()
                .orElse(null);
    }
}
