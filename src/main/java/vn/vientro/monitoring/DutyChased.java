package vn.vientro.monitoring;

import java.time.LocalDate;

/**
 * The daily chasing reached a stage for an unsubmitted report: listeners send its notices and mail.
 *
 * @param days days until the due date for {@link ChaseStage#DUE_SOON}, days past it otherwise
 */
public record DutyChased(long dutyId, ChaseStage stage, DutyKind kind, String itemCode, String itemNameVi,
                         long ownerAgencyId, long managingAgencyId, LocalDate dueOn, long days) {
}
