package vn.vientro.monitoring.report;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.DutyKind;

/**
 * One report in the API's list, addressed by its duty's number.
 *
 * @param daysLate the latest submission's calendar days past the due date; empty before the first
 */
public record ReportRow(long dutyId, long itemId, String itemCode, DutyKind kind, LocalDate periodStart,
                        LocalDate periodEnd, LocalDate dueOn, ReportStatus status, int submissions,
                        @Nullable Integer daysLate, long ownerAgencyId, long managingAgencyId, Instant updatedAt) {
}
