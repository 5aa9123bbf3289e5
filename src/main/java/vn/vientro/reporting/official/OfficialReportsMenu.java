package vn.vientro.reporting.official;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.reporting.ReportingPolicy;

/** The official reports' menu entry, for those who read them. */
@Component
class OfficialReportsMenu implements MenuContribution {

    private final ReportingPolicy policy;

    OfficialReportsMenu(ReportingPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.reporting", "reporting.official.title", OfficialReportController.BASE,
                "journal", 153, policy::canReadReports));
    }
}
