package vn.vientro.reference;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.platform.PublicPaths;

/** Reference data is public: its API is readable without signing in; its pages sit in the staff menu. */
@Component
class ReferenceWeb implements PublicPaths, MenuContribution {

    @Override
    public List<String> anonymousReadable() {
        return List.of("/api/v1/admin-units", "/api/v1/admin-units/**", "/api/v1/sectors", "/api/v1/priority-fields",
                "/api/v1/codelists/**");
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forStaff("menu.section.reference", "reference.adminUnits.title",
                        "/app/reference/admin-units", "building", 810),
                MenuItem.forStaff("menu.section.reference", "reference.sectors.title", "/app/reference/sectors",
                        "journal", 820));
    }
}
