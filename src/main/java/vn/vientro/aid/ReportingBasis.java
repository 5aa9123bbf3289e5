package vn.vientro.aid;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an approved aid item's reporting duties are computed from: who owns and manages it, and the dates it runs
 * between (actual where recorded, planned otherwise).
 *
 * @param start the actual start, else the planned start, else the approval date
 * @param end   the actual end (completion), else the planned end as the latest approved version says
 */
public record ReportingBasis(long itemId, String code, String nameVi, @Nullable String nameEn, AidStatus status,
                             long ownerAgencyId, long governingAgencyId, long donorId, @Nullable LocalDate approvedOn,
                             @Nullable LocalDate start, @Nullable LocalDate end) {

    /** Duties arise from the approval decision on; a refused or undecided item has none. */
    public boolean hasDuties() {
        return status.wasApproved() && approvedOn != null && start != null && end != null;
    }
}
