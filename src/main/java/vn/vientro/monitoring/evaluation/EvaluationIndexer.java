package vn.vientro.monitoring.evaluation;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.monitoring.EvaluationRecorded;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.CurrentUser;
import vn.vientro.search.SearchDocument;
import vn.vientro.search.SearchIndex;
import vn.vientro.shared.Text;

/**
 * Feeds the shared search with evaluations after each change commits: found by their item's code and name, their
 * evaluator, their lessons and comments, by those who may read them (the provincial roles that read every duty, the
 * officers of the item's owner and managing agency).
 */
@Component
class EvaluationIndexer {

    private final EvaluationQueries queries;
    private final SearchIndex index;
    private final MonitoringPolicy policy;

    EvaluationIndexer(EvaluationQueries queries, SearchIndex index, MonitoringPolicy policy) {
        this.queries = queries;
        this.index = index;
        this.policy = policy;
    }

    @ApplicationModuleListener
    void on(EvaluationRecorded recorded) {
        long id = recorded.evaluationId();
        index.reindex("evaluation", Long.toString(id), () -> queries.find(id).map(this::document));
    }

    private SearchDocument document(EvaluationView evaluation) {
        Set<String> readers = new HashSet<>();
        policy.rolesReadingAllEvaluations().forEach(role -> readers.add(role.name()));
        readers.add(CurrentUser.agencyAuthority(evaluation.ownerAgencyId()));
        readers.add(CurrentUser.agencyAuthority(evaluation.managingAgencyId()));
        Text title = Text.of("monitoring.evaluation.searchTitle", Text.of("monitoring.evaluation.kind."
                + evaluation.kind()), evaluation.itemNameVi());
        Text subtitle = SearchDocument.joined(evaluation.itemCode(), evaluation.evaluator(),
                evaluation.evaluatedOn());
        String body = Stream.concat(Stream.of(evaluation.lessons()),
                        evaluation.ratings().stream().map(CriterionRating::comment))
                .filter(text -> !text.isBlank()).collect(Collectors.joining(" · "));
        String related = Stream.of(evaluation.itemNameVi(), evaluation.itemNameEn()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
        return new SearchDocument("evaluation", Long.toString(evaluation.id()), title, subtitle, body,
                "/app/monitoring/evaluations/" + evaluation.id(), readers,
                evaluation.itemCode() + " " + evaluation.evaluator(), related);
    }
}
