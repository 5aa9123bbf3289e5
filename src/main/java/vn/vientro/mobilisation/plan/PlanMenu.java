package vn.vientro.mobilisation.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The yearly plans' menu entry, after the catalogue whose needs the plans' activities promote. */
@Component
class PlanMenu implements MenuContribution {

    private final MobilisationPolicy policy;

    PlanMenu(MobilisationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.mobilisation", "mobilisation.plans.title",
                "/app/mobilisation/plans", "calendar", 151, policy::canListPlans));
    }
}
