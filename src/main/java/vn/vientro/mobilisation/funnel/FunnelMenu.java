package vn.vientro.mobilisation.funnel;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The funnel's board, after the catalogue whose needs it mobilises for. */
@Component
class FunnelMenu implements MenuContribution {

    private final MobilisationPolicy policy;

    FunnelMenu(MobilisationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.mobilisation", "mobilisation.funnel.title", FunnelController.BOARD,
                "people", 152, policy::readsFunnel));
    }
}
