package vn.vientro.reference.calendar;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The year calendar is for every signed-in user; only administrators see its editing forms. */
@Component
class CalendarMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forStaff("menu.section.reference", "reference.calendar.menu", "/app/reference/calendar",
                "journal", 830));
    }
}
