package vn.vientro.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

@Component
class AuditMenu implements MenuContribution {

    private final AuditPolicy policy;

    AuditMenu(AuditPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.system", "audit.title", "/app/audit", "journal", 930,
                policy::canRead));
    }
}
