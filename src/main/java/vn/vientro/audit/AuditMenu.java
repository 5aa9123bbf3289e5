package vn.vientro.audit;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

@Component
class AuditMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.system", "audit.title", "/app/audit", "journal", 930,
                Set.of("ADMIN", "LEADER")));
    }
}
