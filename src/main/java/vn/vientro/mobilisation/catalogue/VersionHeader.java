package vn.vientro.mobilisation.catalogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A version of the catalogue without its needs: its period, revision, state and the decision that approved it. */
public record VersionHeader(long id, long version, long periodId, int firstYear, int lastYear, int revision,
                            CatalogueVersionStatus status, @Nullable String decisionNumber,
                            @Nullable LocalDate decisionDate, @Nullable Long decisionFileId, String compiledBy,
                            @Nullable String approvedBy) {

    /** The period as written in decisions: 2026–2030 (years are not amounts, so never grouped). */
    public String years() {
        return firstYear() + "\u2013" + lastYear();
    }

    public boolean approved() {
        return status == CatalogueVersionStatus.APPROVED;
    }
}
