package vn.vientro.monitoring.evaluation;

import java.time.LocalDate;
import java.util.List;

/** What the evaluators found, checked: the service makes it from the caller's input. */
record EvaluationDetails(EvaluationKind kind, String evaluator, LocalDate evaluatedOn, String lessons,
                         List<CriterionRating> ratings) {
}
