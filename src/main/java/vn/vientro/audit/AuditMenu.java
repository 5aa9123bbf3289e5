package vn.vientro.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.shared.Role;

@Component
class AuditMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.system", "audit.title", "/app/audit", "journal", 930,
                () -> CurrentUser.holdsAny(Role.ADMIN, Role.LEADER)));
    }
}
