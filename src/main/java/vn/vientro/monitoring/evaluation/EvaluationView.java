package vn.vientro.monitoring.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation as its page and the API show it; {@code ratings} holds every criterion in order, those the
 * evaluators left out without rating or comment.
 */
public record EvaluationView(long id, long version, long itemId, String itemCode, String itemNameVi,
                             @Nullable String itemNameEn, long ownerAgencyId, long managingAgencyId,
                             EvaluationKind kind, String evaluator, LocalDate evaluatedOn, String lessons,
                             List<CriterionRating> ratings, @Nullable String reportFileName, String updatedBy,
                             Instant updatedAt) {

    public String itemName(Locale locale) {
        return "en".equals(locale.getLanguage()) && itemNameEn != null ? itemNameEn : itemNameVi;
    }
}
