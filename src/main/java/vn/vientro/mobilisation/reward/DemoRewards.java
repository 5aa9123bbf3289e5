package vn.vientro.mobilisation.reward;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
 * Demo profile only: a few rewards ({@code demo/mobilisation/rewards.yml}) recorded through the service as the
 * demo's focal point, after the demo registry exists; skipped when any reward exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 72)
class DemoRewards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRewards.class);

    private final RewardRepository repository;
    private final Rewards rewards;
    private final ActingUser acting;
    private final Registry registry;

    DemoRewards(RewardRepository repository, Rewards rewards, ActingUser acting, Registry registry) {
        this.repository = repository;
        this.rewards = rewards;
        this.acting = acting;
        this.registry = registry;
    }

    /** The rewards as the file lists them. */
    record Seed(List<Entry> rewards) {
    }

    /** A reward as the file writes it: an organisation by its abbreviation, or a person with their position. */
    record Entry(RewardKind kind, IssuingLevel issuingLevel, @Nullable String organisation, @Nullable String person,
                 @Nullable String position, String reason, String decisionNumber, String decisionDate) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Entry> entries = DemoFile.read("demo/mobilisation/rewards.yml", Seed.class).rewards();
        Map<String, Long> organisations = registry.choices().stream().filter(ref -> ref.abbreviation() != null)
                .collect(Collectors.toMap(OrganisationRef::abbreviation, OrganisationRef::id, (a, b) -> a));
        acting.run("focal", () -> {
            entries.forEach(entry -> rewards.give(new RewardInput(null, entry.kind(), entry.issuingLevel(),
                    entry.organisation() == null ? null : organisations.get(entry.organisation()), null, entry.person(),
                    entry.position(), entry.reason(), entry.decisionNumber(), LocalDate.parse(entry.decisionDate()))));
            return null;
        });
        log.info("Demo rewards ready: {}", entries.size());
    }
}
