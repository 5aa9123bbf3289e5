package vn.vientro.interchange.importing;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.interchange.InterchangePolicy;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The focal point finds the IATI import among the work entries. */
@Component
class IatiImportMenu implements MenuContribution {

    private final InterchangePolicy policy;

    IatiImportMenu(InterchangePolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.work", "interchange.import.title", IatiImportController.PATH,
                "globe", 190, policy::canImport));
    }
}
