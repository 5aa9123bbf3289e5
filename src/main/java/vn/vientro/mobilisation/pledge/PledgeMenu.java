package vn.vientro.mobilisation.pledge;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The pledges and the money they brought, after the funnel whose stage they are. */
@Component
class PledgeMenu implements MenuContribution {

    private final MobilisationPolicy policy;

    PledgeMenu(MobilisationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.mobilisation", "mobilisation.pledges.title", PledgeController.PATH,
                "people", 153, policy::readsFunnel));
    }
}
