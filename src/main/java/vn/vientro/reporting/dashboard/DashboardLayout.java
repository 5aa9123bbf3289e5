package vn.vientro.reporting.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.platform.HomePanel;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.reporting.ReportingPolicy;

/** The dashboard's menu entry, and the dashboard of the current year on the home page of leaders and the focal point. */
@Component
class DashboardLayout implements MenuContribution, HomePanel {

    private final ReportingPolicy policy;
    private final DashboardFigures figures;
    private final DashboardPageModel pages;

    DashboardLayout(ReportingPolicy policy, DashboardFigures figures, DashboardPageModel pages) {
        this.policy = policy;
        this.figures = figures;
        this.pages = pages;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forStaff("menu.section.reporting", "reporting.dashboard.title",
                DashboardController.PATH, "globe", 150));
    }

    @Override
    public Optional<String> fill(Authentication user, Locale locale, Model model) {
        if (!policy.seesDashboardAtHome(user)) {
            return Optional.empty();
        }
        pages.show(figures.page(DashboardFilter.read(Map.of(), figures.today()), locale), locale, model);
        return Optional.of("reporting/dashboard/dashboard");
    }
}
