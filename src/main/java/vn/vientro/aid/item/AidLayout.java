package vn.vientro.aid.item;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.vientro.platform.HomeWidget;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The aid items' menu entries and the home page's "waiting for you" figure. */
@Component
class AidLayout implements MenuContribution, HomeWidget {

    private final AidPortfolio portfolio;

    AidLayout(AidPortfolio portfolio) {
        this.portfolio = portfolio;
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forStaff("menu.section.aid", "aid.items.title", "/app/aid/items", "journal", 200),
                MenuItem.forStaff("menu.section.aid", "aid.rules.title", "/app/aid/rules", "journal", 290));
    }

    @Override
    public Optional<Tile> tileFor(Authentication user) {
        long waiting = portfolio.list(new AidItemFilter(null, null, null, null, null, null, true, false, null, null,
                0, 1)).total();
        return Optional.of(new Tile("aid.home.waiting", waiting, "/app/aid/items?mine=true", waiting > 0, 200));
    }
}
