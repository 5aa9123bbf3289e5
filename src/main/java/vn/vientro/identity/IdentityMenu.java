package vn.vientro.identity;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

@Component
class IdentityMenu implements MenuContribution {

    private final IdentityPolicy policy;

    IdentityMenu(IdentityPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("menu.section.system", "identity.agencies.title", "/app/admin/agencies", "building", 910,
                        policy::administers),
                new MenuItem("menu.section.system", "identity.users.title", "/app/admin/users", "people", 920,
                        policy::administers),
                new MenuItem("menu.section.system", "identity.throttles.title", "/app/admin/sign-in-throttles",
                        "person", 925, policy::administers),
                MenuItem.forStaff("menu.section.personal", "identity.profile.title", "/app/profile", "person", 970));
    }
}
