package vn.vientro.monitoring.duty;

import java.time.LocalDate;
import vn.vientro.monitoring.DutyKind;

/**
 * What the report of a generated duty and its permissions need to know of the duty: its item and parties, its period
 * and due date.
 */
public record DutyFacts(long dutyId, long itemId, DutyKind kind, String itemCode, String itemNameVi,
                        long ownerAgencyId, long managingAgencyId, LocalDate periodStart, LocalDate periodEnd,
                        LocalDate dueOn, String source) {
}
