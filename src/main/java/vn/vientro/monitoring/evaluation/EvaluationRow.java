package vn.vientro.monitoring.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation as the list shows it.
 *
 * @param averageScore the mean of its ratings on the four-point scale, one decimal; none when nothing was rated
 */
public record EvaluationRow(long id, long itemId, String itemCode, String itemNameVi, @Nullable String itemNameEn,
                            EvaluationKind kind, String evaluator, LocalDate evaluatedOn,
                            @Nullable BigDecimal averageScore, boolean hasReportFile, long ownerAgencyId) {

    public String itemName(Locale locale) {
        return "en".equals(locale.getLanguage()) && itemNameEn != null ? itemNameEn : itemNameVi;
    }
}
