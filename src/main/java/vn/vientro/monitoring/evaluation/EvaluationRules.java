package vn.vientro.monitoring.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.shared.InputChecks;
import vn.vientro.shared.TextLength;

/** Checks an evaluation as typed or sent, every mistake at its field at once, and reads the item it evaluates. */
@Component
class EvaluationRules {

    private final AidReportingQueries aid;
    private final Clock clock;

    EvaluationRules(AidReportingQueries aid, Clock clock) {
        this.aid = aid;
        this.clock = clock;
    }

    /** The approved item to evaluate; refused at its field when there is none or it was never approved. */
    ReportingBasis item(@Nullable Long itemId, InputChecks checks) {
        ReportingBasis item = itemId == null ? null
                : aid.basis(itemId).filter(ReportingBasis::hasDuties).orElse(null);
        if (item == null) {
            checks.refuse("itemId", itemId == null ? "monitoring.evaluation.item.required"
                    : "monitoring.evaluation.item.notApproved");
        }
        return item;
    }

    /** What the input says, checked; the caller ends the checks with {@code done()}. */
    @Nullable EvaluationDetails details(EvaluationInput input, InputChecks checks) {
        if (input.kind() == null) {
            checks.refuse("kind", "monitoring.evaluation.kind.required");
        }
        String evaluator = checks.read(() -> TextLength.require("evaluator", input.evaluator(), TextLength.NAME));
        if (evaluator == null || evaluator.isBlank()) {
            checks.refuse("evaluator", "monitoring.evaluation.evaluator.required");
        }
        LocalDate on = input.evaluatedOn();
        if (on == null) {
            checks.refuse("evaluatedOn", "monitoring.evaluation.evaluatedOn.required");
        } else if (on.isAfter(LocalDate.now(clock))) {
            checks.refuse("evaluatedOn", "monitoring.evaluation.evaluatedOn.future");
        }
        String lessons = checks.read(() -> TextLength.require("lessons", input.lessons(), TextLength.TEXT));
        List<CriterionRating> ratings = ratings(input.ratings(), checks);
        if (checks.refusedAny()) {
            return null;
        }
        return new EvaluationDetails(Objects.requireNonNull(input.kind()), Objects.requireNonNull(evaluator).strip(),
                Objects.requireNonNull(on), lessons == null ? "" : lessons.strip(), ratings);
    }

    private static List<CriterionRating> ratings(@Nullable List<EvaluationInput.@Nullable RatingInput> given,
                                                 InputChecks checks) {
        List<CriterionRating> ratings = new ArrayList<>();
        Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
        List<EvaluationInput.@Nullable RatingInput> inputs = given == null ? List.of() : given;
        for (int i = 0; i < inputs.size(); i++) {
            EvaluationInput.RatingInput input = inputs.get(i);
            String field = "ratings[" + i + "]";
            if (input == null || input.criterion() == null) {
                checks.refuse(field + ".criterion", "monitoring.evaluation.criterion.required");
                continue;
            }
            if (!seen.add(input.criterion())) {
                checks.refuse(field + ".criterion", "monitoring.evaluation.criterion.twice");
                continue;
            }
            String comment = checks.read(() -> TextLength.require(field + ".comment", input.comment(),
                    TextLength.TEXT));
            ratings.add(new CriterionRating(input.criterion(), input.rating(), comment == null ? "" : comment.strip()));
        }
        return ratings;
    }
}
