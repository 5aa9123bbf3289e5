package vn.vientro.mobilisation.funnel;

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
import vn.vientro.mobilisation.need.CatalogueNeeds;
import vn.vientro.mobilisation.need.NeedFilter;
import vn.vientro.mobilisation.need.NeedRow;
import vn.vientro.platform.DemoFile;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * Demo profile only: organisations approached for the demo catalogue's needs ({@code demo/mobilisation/interests.yml}),
 * recorded and moved by the focal point through the service. Runs after the catalogues, once: skipped when any
 * interest exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 72)
class DemoInterests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInterests.class);

    private final InterestRepository repository;
    private final Funnel funnel;
    private final CatalogueNeeds needs;
    private final Registry registry;
    private final ActingUser acting;
    private final Clock clock;

    DemoInterests(InterestRepository repository, Funnel funnel, CatalogueNeeds needs, Registry registry,
                  ActingUser acting, Clock clock) {
        this.repository = repository;
        this.funnel = funnel;
        this.needs = needs;
        this.registry = registry;
        this.acting = acting;
        this.clock = clock;
    }

    record Seed(List<Approach> interests) {
    }

    /** An organisation approached for a need, and the stages it went through: [stage, day, note]. */
    record Approach(String need, String organisation, String contact, String cameFrom, List<List<String>> steps) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Approach> approaches = DemoFile.read("demo/mobilisation/interests.yml", Seed.class).interests();
        approaches.forEach(this::record);
        log.info("Demo interests ready: {} organisations approached", approaches.size());
    }

    private void record(Approach approach) {
        long needId = acting.run("focal", () -> needs.list(new NeedFilter(null, null, null, approach.need(), 0, 50))
                .rows().stream().filter(row -> row.titleVi().equals(approach.need())).map(NeedRow::id).findFirst()
                .orElseThrow());
        long organisationId = registry.choices().stream().filter(o -> o.name().equals(approach.organisation()))
                .map(OrganisationRef::id).findFirst().orElseThrow();
        List<InterestMove> moves = approach.steps().stream().map(step -> new InterestMove(
                InterestStage.valueOf(step.get(0)), DemoFile.day(step.get(1), LocalDate.now(clock)), step.get(2),
                null)).toList();
        acting.run("focal", () -> {
            long id = funnel.record(needId, organisationId, moves.get(0), approach.contact(), approach.cameFrom());
            for (int i = 1; i < moves.size(); i++) {
                funnel.move(id, i - 1L, moves.get(i));
            }
            return null;
        });
    }
}
