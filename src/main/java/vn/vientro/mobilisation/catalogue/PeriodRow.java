package vn.vientro.mobilisation.catalogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A plan period with its latest approved version, if any: its revision, decision date and how many needs it lists. */
public record PeriodRow(long id, int firstYear, int lastYear, @Nullable Integer approvedRevision,
                        @Nullable LocalDate approvedOn, long listed) {

    /** The period as written in decisions: 2026–2030 (years are not amounts, so never grouped). */
    public String years() {
        return firstYear() + "\u2013" + lastYear();
    }
}
