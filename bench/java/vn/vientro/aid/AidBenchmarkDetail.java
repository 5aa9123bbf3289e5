package vn.vientro.aid;

import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.aid.lifecycle.Lifecycle;

/** The service calls the item pages make, to time the same work without HTTP and templates. */
@Component
class AidBenchmarkDetail {

    private final AidPortfolio portfolio;
    private final Lifecycle lifecycle;

    AidBenchmarkDetail(AidPortfolio portfolio, Lifecycle lifecycle) {
        this.portfolio = portfolio;
        this.lifecycle = lifecycle;
    }

    Object api(long id) {
        return portfolio.get(id);
    }

    Object page(long id) {
        return java.util.List.of(portfolio.get(id), lifecycle.available(id));
    }
}
