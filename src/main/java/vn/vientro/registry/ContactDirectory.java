package vn.vientro.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.contact.ContactView;
import vn.vientro.registry.contact.Contacts;

/**
 * What other modules may ask of the contact network: the people in it, for a module that records something about a
 * person (a reward). Contacts are personal data, so only their readers get them (RegistryPolicy).
 */
@Service
@Transactional(readOnly = true)
public class ContactDirectory {

    private final Contacts contacts;

    ContactDirectory(Contacts contacts) {
        this.contacts = contacts;
    }

    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    public Optional<ContactRef> find(long contactId) {
        return contacts.find(contactId).map(ContactDirectory::ref);
    }

    /** Everyone in the network, in Vietnamese name order. */
    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    public List<ContactRef> choices() {
        return contacts.everyone().stream().map(ContactDirectory::ref).toList();
    }

    private static ContactRef ref(ContactView view) {
        return new ContactRef(view.id(), view.fullName(), view.title(), view.organisationId(),
                view.organisationName());
    }
}
