package vn.vientro.identity;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.shared.Role;

@Component
class IdentityMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem("menu.section.system", "identity.agencies.title", "/app/admin/agencies", "building", 910,
                        () -> CurrentUser.holdsAny(Role.ADMIN)),
                new MenuItem("menu.section.system", "identity.users.title", "/app/admin/users", "people", 920,
                        () -> CurrentUser.holdsAny(Role.ADMIN)),
                MenuItem.forStaff("menu.section.personal", "identity.profile.title", "/app/profile", "person", 970));
    }
}
