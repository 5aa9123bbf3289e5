package vn.vientro.monitoring;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The monitoring module's menu entries. */
@Component
class MonitoringLayout implements MenuContribution {

    private final MonitoringPolicy policy;

    MonitoringLayout(MonitoringPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.monitoring", "monitoring.duties.title", "/app/monitoring/duties",
                        "bell", 300, policy::canListDuties),
                new MenuItem("menu.section.monitoring", "monitoring.evaluations.title", "/app/monitoring/evaluations",
                        "journal", 350, policy::canListDuties),
                MenuItem.forStaff("menu.section.monitoring", "monitoring.calendar.title", "/app/monitoring/calendar",
                        "calendar", 380),
                new MenuItem("menu.section.monitoring", "monitoring.inspections.title",
                        "/app/monitoring/inspections", "search", 320, policy::canListInspections),
                new MenuItem("menu.section.monitoring", "monitoring.scorecards.title", "/app/monitoring/scorecards",
                        "people", 360, policy::canListScorecards),
                MenuItem.forStaff("menu.section.monitoring", "monitoring.rules.title", "/app/monitoring/rules",
                        "journal", 390));
    }
}
