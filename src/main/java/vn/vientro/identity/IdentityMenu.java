package vn.vientro.identity;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

@Component
class IdentityMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        Set<String> admin = Set.of(Role.ADMIN.name());
        return List.of(
                new MenuItem("menu.section.system", "identity.agencies.title", "/app/admin/agencies", "building", 910, admin),
                new MenuItem("menu.section.system", "identity.users.title", "/app/admin/users", "people", 920, admin),
                new MenuItem("menu.section.personal", "identity.profile.title", "/app/profile", "person", 970, Set.of()));
    }
}
