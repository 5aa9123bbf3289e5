package vn.vientro.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.vientro.platform.HomeWidget;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.registry.permit.RegistryAttention;

/** The registry's menu entries and the focal point's "needs attention" figure on the home page. */
@Component
class RegistryLayout implements MenuContribution, HomeWidget {

    private final RegistryAttention attention;
    private final RegistryPolicy policy;

    RegistryLayout(RegistryAttention attention, RegistryPolicy policy) {
        this.attention = attention;
        this.policy = policy;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forStaff("menu.section.registry", "registry.organisations.title",
                        "/app/registry/organisations", "building", 110),
                new MenuItem("menu.section.registry", "registry.attention.title", "/app/registry/attention", "bell",
                        120, policy::readsPermits),
                MenuItem.forStaff("menu.section.registry", "registry.opinions.title", "/app/registry/opinions",
                        "envelope", 125));
    }

    @Override
    public Optional<Tile> tileFor(Authentication user) {
        if (!policy.readsPermits()) {
            return Optional.empty();
        }
        long count = attention.items().size();
        return Optional.of(new Tile("registry.home.attention", count, "/app/registry/attention", count > 0, 100));
    }
}
