package vn.vientro.mobilisation.reward;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The rewards' menu entry, last of the mobilisation section. */
@Component
class RewardMenu implements MenuContribution {

    private final MobilisationPolicy policy;

    RewardMenu(MobilisationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.mobilisation", "mobilisation.rewards.title",
                "/app/mobilisation/rewards", "person", 152, policy::canListRewards));
    }
}
