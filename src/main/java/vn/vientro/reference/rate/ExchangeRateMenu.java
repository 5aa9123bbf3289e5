package vn.vientro.reference.rate;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.platform.PublicPaths;

/** Every signed-in user finds the rates in the menu; anyone, signed in or not, may read them through the API. */
@Component
class ExchangeRateMenu implements MenuContribution, PublicPaths {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(MenuItem.forStaff("menu.section.reference", "reference.rates.title",
                "/app/reference/exchange-rates", "globe", 840));
    }

    @Override
    public List<String> anonymousReadable() {
        return List.of("/api/v1/exchange-rates", "/api/v1/exchange-rates/**");
    }
}
