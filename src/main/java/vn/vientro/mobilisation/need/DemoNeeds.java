package vn.vientro.mobilisation.need;

import java.math.BigDecimal;
import java.util.List;
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
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.platform.DemoFile;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;

/**
 * Demo profile only: a handful of proposals for the catalogue ({@code demo/mobilisation/needs.yml}) taken to their
 * state through the service, each step as the demo user who would take it (the proposer, the appraisal lead, the
 * focal point). A proposal meant to be approved stops at accepted: the demo catalogue's first version of 2026–2030
 * approves it ({@code catalogue.DemoCatalogues}), then publishes it. Runs after the demo users exist, once: skipped
 * when any need exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 70)
class DemoNeeds implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNeeds.class);

    private final NeedRepository repository;
    private final CatalogueNeeds needs;
    private final ActingUser acting;
    private final AdminUnits adminUnits;

    DemoNeeds(NeedRepository repository, CatalogueNeeds needs, ActingUser acting, AdminUnits adminUnits) {
        this.repository = repository;
        this.needs = needs;
        this.acting = acting;
        this.adminUnits = adminUnits;
    }

    /** The proposals as the file lists them: the catalogue in progress, and the earlier period's. */
    record Seed(List<Entry> needs, List<Entry> pastNeeds) {
    }

    /** A proposal as the file writes it; a group of beneficiaries left out is unknown. */
    record Entry(String proposer, NeedStatus target, String titleVi, @Nullable String titleEn, String summaryVi,
                 @Nullable String summaryEn, String objectivesVi, @Nullable String objectivesEn, String priorityField,
                 List<String> sectors, int communeOffset, Beneficiaries beneficiaries, String costVnd,
                 @Nullable String foreignAmount, @Nullable String foreignCurrency, String counterpartVnd, int months,
                 List<String> contact, @Nullable List<String> decision, @Nullable String returnReason,
                 @Nullable String withdrawReason) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        Seed seed = DemoFile.read("demo/mobilisation/needs.yml", Seed.class);
        seed.needs().forEach(this::make);
        seed.pastNeeds().forEach(this::make);
        log.info("Demo catalogue ready: {} proposed needs", seed.needs().size() + seed.pastNeeds().size());
    }

    private void make(Entry entry) {
        long id = acting.run(entry.proposer(), () -> needs.propose(input(entry)));
        if (entry.target() == NeedStatus.DRAFT) {
            return;
        }
        take(entry.proposer(), id, NeedAction.SUBMIT, NeedStep.none());
        switch (entry.target()) {
            case RETURNED -> take("appraiser", id, NeedAction.RETURN,
                    NeedStep.because(java.util.Objects.requireNonNull(entry.returnReason())));
            case WITHDRAWN -> take(entry.proposer(), id, NeedAction.WITHDRAW,
                    NeedStep.because(java.util.Objects.requireNonNull(entry.withdrawReason())));
            case ACCEPTED, APPROVED, PUBLISHED -> compile(entry, id);
            default -> { }
        }
    }

    private void compile(Entry entry, long id) {
        take("appraiser", id, NeedAction.ACCEPT, NeedStep.none());
    }

    private void take(String username, long id, NeedAction action, NeedStep step) {
        acting.run(username, () -> {
            needs.perform(id, needs.get(id).version(), action, step);
            return null;
        });
    }

    private NeedInput input(Entry entry) {
        String commune = adminUnits.list(UnitSet.CURRENT, "commune", adminUnits.deploymentProvinceCode(),
                entry.communeOffset() + 1).get(entry.communeOffset()).code();
        Beneficiaries people = entry.beneficiaries();
        return new NeedInput(null, entry.titleVi(), entry.titleEn(), entry.summaryVi(), entry.summaryEn(),
                entry.objectivesVi(), entry.objectivesEn(), entry.priorityField(), entry.sectors(), List.of(commune),
                people.total(), people.poorHouseholds(), people.children(), people.peopleWithDisabilities(),
                people.ethnicMinorities(), people.women(),
                new BigDecimal(entry.costVnd()), entry.foreignAmount() == null ? null
                : new BigDecimal(entry.foreignAmount()), entry.foreignCurrency(),
                new BigDecimal(entry.counterpartVnd()), entry.months(), entry.contact().get(0),
                entry.contact().get(1), entry.contact().get(2));
    }
}
