package vn.vientro.registry.contact;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.registry.RegistryPolicy;

/** The contact network's menu entry, shown only to the roles that may read contacts. */
@Component
class ContactMenu implements MenuContribution {

    private final RegistryPolicy policy;

    ContactMenu(RegistryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.registry", "registry.contacts.title", "/app/registry/contacts",
                "people", 130, policy::readsContacts));
    }
}
