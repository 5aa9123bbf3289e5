package vn.vientro.mobilisation.bulletin;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The bulletin's menu entry, after the rewards, for the focal point who writes it. */
@Component
class BulletinMenu implements MenuContribution {

    private final MobilisationPolicy policy;

    BulletinMenu(MobilisationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.mobilisation", "mobilisation.bulletin.title",
                "/app/mobilisation/bulletin", "journal", 153, policy::publishesBulletin));
    }
}
