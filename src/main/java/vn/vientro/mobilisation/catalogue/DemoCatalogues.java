package vn.vientro.mobilisation.catalogue;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.vientro.mobilisation.need.CatalogueNeeds;
import vn.vientro.mobilisation.need.NeedFilter;
import vn.vientro.mobilisation.need.NeedRow;
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.platform.DemoFile;

/**
 * Demo profile only: the catalogue by plan period ({@code demo/mobilisation/catalogues.yml}), compiled by the
 * appraisal lead and approved by the leader through the service from the demo proposals, which the demo needs left
 * accepted. Runs after them, once: skipped when any period exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 71)
class DemoCatalogues implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogues.class);

    private final CataloguePeriodRepository repository;
    private final Catalogues catalogues;
    private final CatalogueNeeds needs;
    private final ActingUser acting;
    private final Clock clock;

    DemoCatalogues(CataloguePeriodRepository repository, Catalogues catalogues, CatalogueNeeds needs,
                   ActingUser acting, Clock clock) {
        this.repository = repository;
        this.catalogues = catalogues;
        this.needs = needs;
        this.acting = acting;
        this.clock = clock;
    }

    /** The periods as the file lists them. */
    record Seed(List<Period> periods) {
    }

    /** A plan period and its versions, oldest first. */
    record Period(int firstYear, int lastYear, List<Version> versions) {
    }

    /** A version: the needs withdrawn before it, those it adds, its decision, the needs published after it. */
    record Version(List<String> decision, List<String> include, @Nullable List<String> withdraw,
                   @Nullable String withdrawReason, @Nullable List<String> publish) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Period> periods = DemoFile.read("demo/mobilisation/catalogues.yml", Seed.class).periods();
        periods.forEach(this::make);
        log.info("Demo catalogues ready: {} plan periods", periods.size());
    }

    private void make(Period period) {
        long periodId = acting.run("appraiser", () -> catalogues.openPeriod(period.firstYear(), period.lastYear()));
        for (Version version : period.versions()) {
            for (String title : listOrNone(version.withdraw())) {
                take("appraiser", need(title), NeedAction.WITHDRAW,
                        NeedStep.because(java.util.Objects.requireNonNull(version.withdrawReason())));
            }
            long versionId = acting.run("appraiser", () -> catalogues.openVersion(periodId));
            for (String title : version.include()) {
                long needId = need(title);
                acting.run("appraiser", () -> {
                    catalogues.include(versionId, catalogues.version(versionId).header().version(), needId);
                    return null;
                });
            }
            LocalDate signed = DemoFile.day(version.decision().get(1), LocalDate.now(clock));
            acting.run("leader", () -> {
                catalogues.approve(versionId, catalogues.version(versionId).header().version(),
                        new NeedStep(null, version.decision().get(0), signed, null, null, null));
                return null;
            });
            for (String title : listOrNone(version.publish())) {
                take("focal", need(title), NeedAction.PUBLISH, NeedStep.none());
            }
        }
    }

    private long need(String titleVi) {
        return acting.run("appraiser", () -> needs.list(new NeedFilter(null, null, null, titleVi, 0, 50)).rows()
                .stream().filter(row -> row.titleVi().equals(titleVi)).map(NeedRow::id).findFirst().orElseThrow());
    }

    private void take(String username, long needId, NeedAction action, NeedStep step) {
        acting.run(username, () -> {
            needs.perform(needId, needs.get(needId).version(), action, step);
            return null;
        });
    }

    private static List<String> listOrNone(@Nullable List<String> titles) {
        return titles == null ? List.of() : titles;
    }
}
