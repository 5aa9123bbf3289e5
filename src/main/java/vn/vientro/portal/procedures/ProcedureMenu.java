package vn.vientro.portal.procedures;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The procedure pages' menu entry, in the mobilisation section beside the bulletin, for the focal point. */
@Component
class ProcedureMenu implements MenuContribution {

    private final ProcedurePolicy policy;

    ProcedureMenu(ProcedurePolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.mobilisation", "portal.procedures.edit.title",
                "/app/portal/procedures", "journal", 154, policy::editsProcedures));
    }
}
