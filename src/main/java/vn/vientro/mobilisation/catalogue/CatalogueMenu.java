package vn.vientro.mobilisation.catalogue;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The approved catalogues by plan period, right after the needs they are compiled from. */
@Component
class CatalogueMenu implements MenuContribution {

    private final MobilisationPolicy policy;

    CatalogueMenu(MobilisationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.mobilisation", "mobilisation.catalogues.title",
                CataloguePageModel.PATH, "journal", 151, policy::readsCatalogues));
    }
}
