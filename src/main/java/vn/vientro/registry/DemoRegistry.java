package vn.vientro.registry;

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
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.platform.DemoFile;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.organisation.OrganisationDetails;
import vn.vientro.registry.organisation.OrganisationFilter;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.permit.PermitDetails;
import vn.vientro.registry.permit.Permits;

/**
 * Demo profile only: the organisations of the seed documents and well-known NGOs ({@code demo/registry/}), with
 * registration papers dated from today so that some expire soon, one plan is overdue, one annual report is missing and
 * one NGO works without a valid paper. Runs once: skipped when organisations exist.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoRegistry implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

    private final OrganisationRegistry organisations;
    private final Permits permits;
    private final AdminUnits adminUnits;
    private final Clock clock;

    DemoRegistry(OrganisationRegistry organisations, Permits permits, AdminUnits adminUnits, Clock clock) {
        this.organisations = organisations;
        this.permits = permits;
        this.adminUnits = adminUnits;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.asAdministrator("system:demo", () -> {
            if (organisations.list(OrganisationFilter.all()).total() == 0) {
                seed();
            }
            return null;
        });
    }

    /** The organisations as {@code demo/registry/organisations.yml} lists them, in the order they are registered. */
    record Seed(String province, PaperText paper, List<Organisation> organisations) {
    }

    /** What every demo paper says besides its own number and dates. */
    record PaperText(String issuingBody, String scopeAreas, String scopeFields) {
    }

    record Organisation(OrganisationKind kind, String name, String nameVi, String abbreviation, String country,
                        @Nullable String iati, String iatiOrgType, @Nullable String addressVn, List<String> sectors,
                        @Nullable List<String> fields, @Nullable List<Integer> communes, @Nullable Paper paper) {
    }

    /**
     * @param validFrom         a date or a period from today, as {@link DemoFile#day} reads it
     * @param planReceived      whether the implementation plan arrived, a month after the paper's start
     * @param reportedLastYear  whether last year's annual report was received, if the paper ran last year
     */
    record Paper(String kind, String number, String validFrom, String validUntil, boolean planReceived,
                 boolean reportedLastYear) {
    }

    private void seed() {
        Seed seed = DemoFile.read("demo/registry/organisations.yml", Seed.class);
        LocalDate today = LocalDate.now(clock);
        List<String> communes = adminUnits.list(UnitSet.CURRENT, "commune", seed.province(), 6).stream()
                .map(AdminUnit::code).toList();
        for (Organisation organisation : seed.organisations()) {
            long id = organisations.register(details(organisation, communes), true);
            if (organisation.paper() != null) {
                paper(id, organisation.paper(), seed.paper(), today);
            }
        }
        log.info("Demo registry ready: {} organisations with registration papers", seed.organisations().size());
    }

    private static OrganisationDetails details(Organisation organisation, List<String> communes) {
        List<Integer> positions = organisation.communes() == null ? List.of() : organisation.communes();
        return new OrganisationDetails(organisation.kind(), organisation.name(), organisation.name(),
                organisation.nameVi(), organisation.abbreviation(), organisation.country(), organisation.iati(),
                organisation.iatiOrgType(), null, null, organisation.addressVn(), null, null, null,
                organisation.sectors(), organisation.fields() == null ? List.of() : organisation.fields(),
                positions.stream().map(communes::get).toList(), null);
    }

    /** A paper, with its implementation plan and last year's annual report as the demo says. */
    private void paper(long organisation, Paper paper, PaperText text, LocalDate today) {
        LocalDate validFrom = DemoFile.day(paper.validFrom(), today);
        LocalDate validUntil = DemoFile.day(paper.validUntil(), today);
        long id = permits.record(organisation, new PermitDetails(PermitKind.valueOf(paper.kind()), paper.number(),
                text.issuingBody(), validFrom, validFrom, validUntil, text.scopeAreas(), List.of(), text.scopeFields()));
        if (!paper.planReceived()) {
            return;
        }
        permits.receivePlan(id, 0, validFrom.plusDays(30));
        LocalDate lastYear = today.minusYears(1);
        if (paper.reportedLastYear() && !validUntil.isBefore(lastYear.withDayOfYear(1))) {
            organisations.recordAnnualReport(organisation, lastYear.getYear(), lastYear.withMonth(12).withDayOfMonth(15));
        }
    }
}
