package vn.vientro.mobilisation.plan;

import java.math.BigDecimal;
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
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.platform.DemoFile;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;

/**
 * Demo profile only: the yearly plans of {@code demo/mobilisation/plans.yml} (seed 003's plan for 2023, and a plan
 * for 2026 with activities done, late and to come), written through the service as the demo's focal point. Runs
 * after the demo registry and catalogue exist, once: skipped when any plan exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 71)
class DemoPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final PlanRepository repository;
    private final MobilisationPlans plans;
    private final ActingUser acting;
    private final Agencies agencies;
    private final Registry registry;

    DemoPlans(PlanRepository repository, MobilisationPlans plans, ActingUser acting, Agencies agencies,
              Registry registry) {
        this.repository = repository;
        this.plans = plans;
        this.acting = acting;
        this.agencies = agencies;
        this.registry = registry;
    }

    /** The plans as the file lists them. */
    record Seed(List<PlanEntry> plans) {
    }

    /** A plan as the file writes it; its programme's decision as number and ISO date. */
    record PlanEntry(int year, String title, String objectives, String programme, int from, int to,
                     @Nullable String decisionNumber, @Nullable String decisionDate, List<ActivityEntry> activities) {
    }

    /** An activity as the file writes it: agencies by code, organisations by their abbreviation in the registry. */
    record ActivityEntry(ActivityType type, String title, @Nullable String description, List<Integer> months,
                         String lead, @Nullable List<String> participating, @Nullable String unitDetail,
                         @Nullable List<String> organisations, @Nullable String planned, @Nullable String spent,
                         @Nullable String fundingSource, ActivityStatus status, @Nullable String doneOn,
                         @Nullable String outcome) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<PlanEntry> entries = DemoFile.read("demo/mobilisation/plans.yml", Seed.class).plans();
        Map<String, Long> agencyIds = agencies.all().stream().collect(Collectors.toMap(AgencyView::code,
                AgencyView::id));
        Map<String, Long> organisationIds = registry.choices().stream().filter(ref -> ref.abbreviation() != null)
                .collect(Collectors.toMap(OrganisationRef::abbreviation, OrganisationRef::id, (a, b) -> a));
        acting.run("focal", () -> {
            entries.forEach(entry -> write(entry, agencyIds, organisationIds));
            return null;
        });
        log.info("Demo mobilisation plans ready: {}", entries.size());
    }

    private void write(PlanEntry entry, Map<String, Long> agencyIds, Map<String, Long> organisationIds) {
        long plan = plans.create(new PlanInput(null, entry.year(), entry.title(), entry.objectives(),
                entry.programme(), entry.from(), entry.to(), entry.decisionNumber(), day(entry.decisionDate())));
        entry.activities().forEach(activity -> plans.addActivity(plan, new ActivityInput(null, activity.type(),
                activity.title(), activity.description(), activity.months(), agencyIds.get(activity.lead()),
                names(activity.participating()).stream().map(agencyIds::get).toList(), activity.unitDetail(),
                names(activity.organisations()).stream().map(organisationIds::get).toList(), List.of(),
                amount(activity.planned()), amount(activity.spent()), activity.fundingSource(), activity.status(),
                day(activity.doneOn()), activity.outcome())));
    }

    private static List<String> names(@Nullable List<String> names) {
        return names == null ? List.of() : names;
    }

    private static @Nullable LocalDate day(@Nullable String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    private static @Nullable BigDecimal amount(@Nullable String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }
}
