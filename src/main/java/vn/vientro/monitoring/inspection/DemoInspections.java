package vn.vientro.monitoring.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import vn.vientro.identity.Users;
import vn.vientro.platform.DemoFile;
import vn.vientro.registry.OrganisationRef;

/**
 * Demo profile only: the inspections of {@code demo/monitoring/inspections.yml}, planned through the service as the
 * demo's focal point; one is carried out and concluded by its team. Runs after the demo's aid items exist, once:
 * skipped when any inspection exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 75)
class DemoInspections implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);

    private final InspectionRepository repository;
    private final Inspections inspections;
    private final Findings findings;
    private final InspectionSubjects subjects;
    private final Users users;
    private final ActingUser acting;

    DemoInspections(InspectionRepository repository, Inspections inspections, Findings findings,
                    InspectionSubjects subjects, Users users, ActingUser acting) {
        this.repository = repository;
        this.inspections = inspections;
        this.findings = findings;
        this.subjects = subjects;
        this.users = users;
        this.acting = acting;
    }

    /** The inspections as the file lists them. */
    record Seed(List<Entry> inspections) {
    }

    /** An inspection as the file writes it: one of item, organisation or agency; the team by username. */
    record Entry(InspectionType type, String title, @Nullable String item, @Nullable String organisation,
                 @Nullable String agency, String starts, String ends, List<String> team, @Nullable String outside,
                 @Nullable List<Answer> answers, @Nullable List<Found> findings, @Nullable String conclusion) {
    }

    /** A finding as the file writes it, with its recommendations. */
    record Found(FindingCategory category, FindingSeverity severity, String description,
                 @Nullable List<Recommended> recommendations) {
    }

    /** A recommendation: the agency by code, the deadline as a day or a period from today. */
    record Recommended(String text, String agency, String deadline) {
    }

    /** A checklist point's answer. */
    record Answer(String code, CheckResult result, @Nullable String note) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Entry> entries = DemoFile.read("demo/monitoring/inspections.yml", Seed.class).inspections();
        entries.forEach(this::write);
        log.info("Demo inspections ready: {}", entries.size());
    }

    private void write(Entry entry) {
        LocalDate today = LocalDate.now();
        LocalDate starts = DemoFile.day(entry.starts(), today);
        SubjectKind kind = entry.item() != null ? SubjectKind.AID_ITEM
                : entry.organisation() != null ? SubjectKind.ORGANISATION : SubjectKind.AGENCY;
        InspectionInput input = new InspectionInput(null, starts.getYear(), entry.type(), entry.title(), kind,
                entry.item() == null ? null : itemId(entry.item()),
                entry.organisation() == null ? null : organisationId(entry.organisation()), null, starts,
                DemoFile.day(entry.ends(), today), entry.team().stream()
                .map(name -> users.findByUsername(name).orElseThrow().id()).toList(), entry.outside());
        long id = acting.run("focal", () -> inspections.plan(input));
        if (entry.conclusion() != null) {
            acting.run(entry.team().get(0), () -> {
                inspections.start(id, inspections.get(id).version());
                inspections.answer(id, inspections.get(id).version(), Objects.requireNonNull(entry.answers())
                        .stream().map(answer -> new ChecklistEntry(answer.code(), answer.result(), answer.note()))
                        .toList());
                found(id, entry.findings() == null ? List.of() : entry.findings());
                inspections.conclude(id, inspections.get(id).version(), entry.conclusion());
                return null;
            });
        }
    }

    private void found(long inspectionId, List<Found> found) {
        LocalDate today = LocalDate.now();
        for (Found each : found) {
            long finding = findings.record(inspectionId, new FindingInput(each.category(), each.severity(),
                    each.description()), null);
            (each.recommendations() == null ? List.<Recommended>of() : each.recommendations())
                    .forEach(made -> findings.recommend(inspectionId, finding, new RecommendationInput(made.text(),
                            subjects.agencyChoices().stream().filter(a -> a.code().equals(made.agency()))
                                    .findFirst().orElseThrow().id(), DemoFile.day(made.deadline(), today))));
        }
    }

    private long itemId(String name) {
        return subjects.itemChoices().stream().filter(item -> item.nameVi().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no approved demo item named " + name)).itemId();
    }

    private long organisationId(String abbreviation) {
        return subjects.organisationChoices().stream().filter(o -> abbreviation.equals(o.abbreviation()))
                .map(OrganisationRef::id).findFirst().orElseThrow();
    }
}
