package vn.vientro.reporting.pivot;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** Every member of staff builds pivots of the figures they may read. */
@Component
class PivotMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forStaff("menu.section.reporting", "reporting.pivot.title", "/app/reporting/pivot",
                "journal", 151));
    }
}
