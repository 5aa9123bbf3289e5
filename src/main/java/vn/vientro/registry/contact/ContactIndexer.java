package vn.vientro.registry.contact;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Actor;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/** Puts contacts into the shared search, findable only by the roles that may read personal data of contacts. */
@Component
class ContactIndexer {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ContactQueries queries;
    private final SearchIndex index;
    private final MessageSource messages;
    private final RegistryPolicy policy;

    ContactIndexer(ContactQueries queries, SearchIndex index, MessageSource messages, RegistryPolicy policy) {
        this.queries = queries;
        this.index = index;
        this.messages = messages;
        this.policy = policy;
    }

    void reindex(long contactId) {
        queries.find(contactId).ifPresentOrElse(this::put, () -> index.remove("contact", Long.toString(contactId)));
    }

    /** Nightly, because a renamed organisation changes its contacts' subtitles without touching the contacts. */
    @Scheduled(cron = "${vientro.registry.contact-reindex-cron:0 45 6 * * *}",
            zone = "${vientro.time-zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "registry.contact-reindex", lockAtMostFor = "30m")
    public void reindexAll() {
        Actor.runAs("system:scheduler", () -> queries.allIds().forEach(this::reindex));
    }

    private void put(ContactView contact) {
        String kind = messages.getMessage("registry.contact.kind." + contact.kind(), null, VI);
        Text subtitle = SearchDocument.joined(contact.title(), contact.organisationName());
        String body = Stream.of(kind, contact.interests(), contact.languageNames(VI), contact.countryCode())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        index.put(new SearchDocument("contact", Long.toString(contact.id()), SearchDocument.name(contact.fullName()),
                subtitle == null ? Text.of("registry.contact.kind." + contact.kind()) : subtitle, body, "/app/registry/contacts/" + contact.id(),
                policy.rolesReadingContacts().stream().map(Role::name).collect(Collectors.toSet()),
                contact.fullName()));
    }
}
