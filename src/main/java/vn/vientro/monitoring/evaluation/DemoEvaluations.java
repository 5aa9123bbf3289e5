package vn.vientro.monitoring.evaluation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.identity.ActingUser;
import vn.vientro.platform.DemoFile;

/**
 * Demo profile only: a few evaluations ({@code demo/monitoring/evaluations.yml}) of the demo's approved items,
 * recorded through the service as the demo's focal point once the demo aid exists; skipped when any evaluation exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 73)
class DemoEvaluations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);

    private final EvaluationRepository repository;
    private final Evaluations evaluations;
    private final AidReportingQueries aid;
    private final ActingUser acting;

    DemoEvaluations(EvaluationRepository repository, Evaluations evaluations, AidReportingQueries aid,
                    ActingUser acting) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.aid = aid;
        this.acting = acting;
    }

    /** The evaluations as the file lists them. */
    record Seed(List<Entry> evaluations) {
    }

    /** An evaluation as the file writes it: its item by a part of its name, ratings and comments by criterion. */
    record Entry(String item, EvaluationKind kind, String evaluator, String evaluatedOn,
                 @Nullable Map<Criterion, Rating> ratings, @Nullable Map<Criterion, String> comments,
                 String lessons) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Entry> entries = DemoFile.read("demo/monitoring/evaluations.yml", Seed.class).evaluations();
        List<ReportingBasis> approved = aid.approvedItemIds().stream().map(aid::basis).flatMap(Optional::stream)
                .toList();
        int recorded = 0;
        for (Entry entry : entries) {
            Optional<ReportingBasis> item = approved.stream()
                    .filter(basis -> basis.nameVi().contains(entry.item())).findFirst();
            if (item.isPresent()) {
                acting.run("focal", () -> evaluations.record(input(item.get().itemId(), entry), null));
                recorded++;
            }
        }
        log.info("Demo evaluations ready: {}", recorded);
    }

    private static EvaluationInput input(long itemId, Entry entry) {
        Map<Criterion, Rating> ratings = entry.ratings() == null ? Map.of() : entry.ratings();
        Map<Criterion, String> comments = entry.comments() == null ? Map.of() : entry.comments();
        List<EvaluationInput.RatingInput> lines = Arrays.stream(Criterion.values())
                .filter(criterion -> ratings.containsKey(criterion) || comments.containsKey(criterion))
                .map(criterion -> new EvaluationInput.RatingInput(criterion, ratings.get(criterion),
                        comments.getOrDefault(criterion, "")))
                .toList();
        return new EvaluationInput(null, itemId, entry.kind(), entry.evaluator(), LocalDate.parse(entry.evaluatedOn()),
                entry.lessons(), lines);
    }
}
