package vn.vientro.registry.contact;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.registry.ContactAdded;
import vn.vientro.registry.ContactChanged;
import vn.vientro.registry.OrganisationChanged;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Puts contacts into the shared search, findable only by the roles that may read personal data of contacts, after each
 * change to a contact commits; and the contacts of an organisation whose profile changed, since its name is their
 * subtitle.
 */
@Component
class ContactIndexer {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ContactQueries queries;
    private final SearchIndex index;
    private final MessageSource messages;
    private final Set<String> readers;

    ContactIndexer(ContactQueries queries, SearchIndex index, MessageSource messages, RegistryPolicy policy) {
        this.queries = queries;
        this.index = index;
        this.messages = messages;
        this.readers = policy.rolesReadingContacts().stream().map(Role::name).collect(Collectors.toSet());
    }

    @ApplicationModuleListener
    void on(ContactAdded added) {
        reindex(added.contactId());
    }

    @ApplicationModuleListener
    void on(ContactChanged changed) {
        reindex(changed.contactId());
    }

    /** Each read again under its document's lock, in the order of their ids (SearchIndex#reindex). */
    @ApplicationModuleListener
    void on(OrganisationChanged changed) {
        queries.ofOrganisation(changed.organisationId()).stream().map(ContactView::id).sorted()
                .forEach(this::reindex);
    }

    private void reindex(long contactId) {
        index.reindex("contact", Long.toString(contactId), () -> queries.find(contactId).map(this::document));
    }

    private SearchDocument document(ContactView contact) {
        String kind = messages.getMessage("registry.contact.kind." + contact.kind(), null, VI);
        Text subtitle = SearchDocument.joined(contact.title(), contact.organisationName());
        String body = Stream.of(kind, contact.interests(), contact.languageNames(VI), contact.countryCode())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
        return new SearchDocument("contact", Long.toString(contact.id()), SearchDocument.name(contact.fullName()),
                subtitle == null ? Text.of("registry.contact.kind." + contact.kind()) : subtitle, body,
                "/app/registry/contacts/" + contact.id(), readers, contact.fullName());
    }
}
