package vn.vientro.mobilisation.need;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The catalogue's menu entry, between the registry and aid items: mobilisation comes before any dossier. */
@Component
class NeedMenu implements MenuContribution {

    private final MobilisationPolicy policy;

    NeedMenu(MobilisationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.mobilisation", "mobilisation.needs.title",
                "/app/mobilisation/needs", "journal", 150, policy::canList));
    }
}
