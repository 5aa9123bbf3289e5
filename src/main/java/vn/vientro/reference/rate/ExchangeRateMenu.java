package vn.vientro.reference.rate;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.platform.PublicPaths;

/** Every signed-in user finds the rates in the menu; anyone, signed in or not, may read them through the API. */
@Component
class ExchangeRateMenu implements MenuContribution, PublicPaths {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem("menu.section.reference", "reference.rates.title", "/app/reference/exchange-rates",
                "globe", 840, Set.of()));
    }

    @Override
    public List<String> anonymousReadable() {
        return List.of("/api/v1/exchange-rates", "/api/v1/exchange-rates/**");
    }
}
