package vn.vientro.mobilisation.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/** A version of a period's catalogue in the period's list; counts and totals of an approved one as approved. */
public record VersionRow(long id, int revision, CatalogueVersionStatus status, @Nullable String decisionNumber,
                         @Nullable LocalDate decisionDate, long listed, BigDecimal totalCost) {

    public Money totalCostVnd() {
        return Money.of(totalCost, "VND");
    }
}
