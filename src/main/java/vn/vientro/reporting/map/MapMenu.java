package vn.vientro.reporting.map;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.reporting.ReportingPolicy;

/** The map's entry in the staff menu, under reporting. */
@Component
class MapMenu implements MenuContribution {

    private final ReportingPolicy policy;

    MapMenu(ReportingPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.reporting", "reporting.map.title", "/app/reporting/map", "globe", 152,
                policy::canReadStatistics));
    }
}
