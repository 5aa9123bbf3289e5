package vn.vientro.monitoring.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * An evaluation as a caller sends it, the API's body and what the page's form becomes; the service checks it whole
 * and refuses it with every mistake at its field.
 *
 * @param version the evaluation's version the caller saw; none for a new one
 * @param itemId  the approved aid item evaluated; only read when the evaluation is recorded
 */
public record EvaluationInput(
        @Nullable Long version,
        @Nullable Long itemId,
        @Nullable EvaluationKind kind,
        @Schema(maxLength = TextLength.NAME, description = "The person or organisation who evaluated")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String evaluator,
        @Nullable LocalDate evaluatedOn,
        @Schema(maxLength = TextLength.TEXT)
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String lessons,
        @Schema(description = "At most one per criterion; a criterion left out is not judged")
        @Size(max = 6, message = "{monitoring.evaluation.ratings.tooMany}")
        @Nullable List<@Valid @Nullable RatingInput> ratings) {

    /** A form that skips an index binds a list with a gap: kept, so every line keeps the index its errors name. */
    public EvaluationInput {
        ratings = ratings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(ratings));
    }

    /** A new evaluation's form, of the item whose evaluations were listed, with a line per criterion. */
    static EvaluationInput blank(@Nullable Long itemId) {
        return new EvaluationInput(null, itemId, null, "", null, "", null).alignedForForm();
    }

    /** The form showing an evaluation as it stands. */
    static EvaluationInput of(EvaluationView view) {
        return new EvaluationInput(view.version(), view.itemId(), view.kind(), view.evaluator(), view.evaluatedOn(),
                view.lessons(), view.ratings().stream()
                .map(rating -> new RatingInput(rating.criterion(), rating.rating(), rating.comment())).toList());
    }

    EvaluationInput withVersion(long stored) {
        return new EvaluationInput(stored, itemId, kind, evaluator, evaluatedOn, lessons, ratings);
    }

    /**
     * One line per criterion in the criteria's order, as the form draws them: a line typed for a criterion stays at
     * its place (the form posts them in that order, so errors keep naming the index they were found at).
     */
    EvaluationInput alignedForForm() {
        List<RatingInput> lines = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            lines.add(ratingsOrEmpty().stream().filter(line -> line != null && line.criterion() == criterion)
                    .findFirst().orElse(new RatingInput(criterion, null, "")));
        }
        return new EvaluationInput(version, itemId, kind, evaluator, evaluatedOn, lessons, lines);
    }

    private List<@Nullable RatingInput> ratingsOrEmpty() {
        return ratings == null ? List.of() : ratings;
    }

    /**
     * One criterion as judged.
     *
     * @param rating none when the evaluators could not judge it yet
     */
    public record RatingInput(@Nullable Criterion criterion, @Nullable Rating rating,
                              @Schema(maxLength = TextLength.TEXT)
                              @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                              @Nullable String comment) {
    }
}
