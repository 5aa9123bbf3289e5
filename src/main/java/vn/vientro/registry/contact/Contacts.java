package vn.vientro.registry.contact;

import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.Actor;
import vn.vientro.registry.InteractionRecorded;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * The contact network: people the province works with to mobilise aid and the log of every meeting, call, e-mail and
 * visit. Personal data (Decree 13/2023/NĐ-CP): only {@link RegistryPolicy#readsContacts} may read it.
 */
@Service
public class Contacts {

    private final ContactRepository contacts;
    private final ContactQueries queries;
    private final ContactRules rules;
    private final InteractionLog log;
    private final ApplicationEventPublisher events;

    Contacts(ContactRepository contacts, ContactQueries queries, ContactRules rules, InteractionLog log,
             ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.queries = queries;
        this.rules = rules;
        this.events = events;
        this.log = log;
    }

    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public ContactView get(long id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public Optional<ContactView> find(long id) {
        return queries.find(id);
    }

    /** Everyone in the network, in Vietnamese name order, for other modules' choice lists. */
    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public List<ContactView> everyone() {
        return queries.everyone();
    }

    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public ContactPage list(ContactFilter filter) {
        return queries.list(filter);
    }

    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public List<ContactView> ofOrganisation(long organisationId) {
        return queries.ofOrganisation(organisationId);
    }

    /** The contact's interaction log, newest first. */
    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public List<InteractionView> interactions(long contactId) {
        get(contactId);
        return queries.interactions(contactId);
    }

    /** Organisations that have contacts, to filter the list by. */
    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisationsWithContacts() {
        return queries.organisationsWithContacts();
    }

    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public List<String> languagesInUse() {
        return queries.languagesInUse();
    }

    /** Every organisation a contact may be linked to: what the contact form offers, so only writers need it. */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional(readOnly = true)
    public List<OrganisationChoice> organisationChoices() {
        return queries.organisations();
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public long add(ContactDetails input) {
        ContactDetails details = input.normalized();
        rules.check(details);
        return Objects.requireNonNull(contacts.save(Contact.add(details)).id());
    }

    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public void update(long id, long expectedVersion, ContactDetails input) {
        ContactDetails details = input.normalized();
        Contact contact = contacts.findById(id).orElseThrow(() -> new NotFoundException("contact", id));
        if (!Objects.equals(contact.version(), expectedVersion)) {
            throw new StaleVersionException("contact", id);
        }
        rules.check(details);
        contact.describe(details);
        contacts.save(contact);
    }

    /**
     * Logs a meeting, call, e-mail or visit and moves the contact's last contact date forward if it is later. The
     * contact's version stays: logging does not change what anyone editing the contact is looking at.
     */
    @PreAuthorize(RegistryPolicy.WRITE)
    @Transactional
    public long recordInteraction(long contactId, NewInteraction interaction) {
        get(contactId);
        rules.check(interaction);
        Interaction logged = log.save(Interaction.log(contactId, interaction, Actor.current()));
        contacts.contactedOn(contactId, logged.occurredOn());
        events.publishEvent(new InteractionRecorded(contactId, logged.id(), logged.occurredOn()));
        return logged.id();
    }

    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Transactional(readOnly = true)
    public InteractionView interaction(long id) {
        return queries.interaction(id).orElseThrow(() -> new NotFoundException("interaction", id));
    }
}
