package vn.vientro.registry.importing;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.registry.RegistryPolicy;

/** Those who keep the registry find the import in the registry's menu section. */
@Component
class ImportMenu implements MenuContribution {

    private final RegistryPolicy policy;

    ImportMenu(RegistryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.registry", "registry.import.title", OrganisationImportController.PATH,
                "journal", 140, policy::canWrite));
    }
}
