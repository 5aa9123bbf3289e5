package vn.vientro.reporting.closing;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.reporting.ReportingPolicy;

/** The closed periods' menu entry, for those who read the official reports. */
@Component
class PeriodClosingMenu implements MenuContribution {

    private final ReportingPolicy policy;

    PeriodClosingMenu(ReportingPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.reporting", "reporting.closing.title", PeriodClosingController.PATH,
                "calendar", 154, policy::canReadReports));
    }
}
