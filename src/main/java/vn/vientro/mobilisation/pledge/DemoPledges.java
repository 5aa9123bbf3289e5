package vn.vientro.mobilisation.pledge;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.identity.ActingUser;
import vn.vientro.platform.DemoFile;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * Demo profile only: pledges for the demo catalogue's needs ({@code demo/mobilisation/pledges.yml}), recorded by the
 * focal point through the service after the funnel's interests. Runs once: skipped when any pledge exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 73)
class DemoPledges implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPledges.class);

    private final PledgeRepository repository;
    private final Pledges pledges;
    private final Registry registry;
    private final ActingUser acting;
    private final Clock clock;

    DemoPledges(PledgeRepository repository, Pledges pledges, Registry registry, ActingUser acting, Clock clock) {
        this.repository = repository;
        this.pledges = pledges;
        this.registry = registry;
        this.acting = acting;
        this.clock = clock;
    }

    record Seed(List<Promise> pledges) {
    }

    /** A pledge as the file writes it: the need and organisation by name, days from today. */
    record Promise(String need, String organisation, String amount, String currency, String pledgedOn,
                   String expectedOn, String note) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Promise> promises = DemoFile.read("demo/mobilisation/pledges.yml", Seed.class).pledges();
        promises.forEach(this::record);
        log.info("Demo pledges ready: {}", promises.size());
    }

    private void record(Promise promise) {
        LocalDate today = LocalDate.now(clock);
        long organisationId = registry.choices().stream().filter(o -> o.name().equals(promise.organisation()))
                .map(OrganisationRef::id).findFirst().orElseThrow();
        acting.run("focal", () -> {
            long needId = pledges.needChoices().stream().filter(need -> need.titleVi().equals(promise.need()))
                    .findFirst().orElseThrow().id();
            return pledges.record(new PledgeTerms(needId, organisationId, null, new BigDecimal(promise.amount()),
                    promise.currency(), DemoFile.day(promise.pledgedOn(), today),
                    DemoFile.day(promise.expectedOn(), today), promise.note()));
        });
    }
}
