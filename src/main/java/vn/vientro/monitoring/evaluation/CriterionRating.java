package vn.vientro.monitoring.evaluation;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One criterion of an evaluation as the evaluators judged it: a rating, or none when they could not yet judge it
 * (impact at mid-term), and what they said about it.
 */
@Table(schema = "monitoring", name = "evaluation_rating")
public record CriterionRating(Criterion criterion, @Nullable Rating rating, String comment) {

    boolean isBlank() {
        return rating == null && comment.isBlank();
    }
}
