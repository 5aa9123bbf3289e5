package vn.vientro.monitoring;

/**
 * An aid owner's report took a step: listeners tell the reviewers of a submission and the owner of a decision.
 *
 * @param dutyId the duty the report answers, by which the report is addressed
 * @param number the version the step concerns (1 for the first submission)
 */
public record ReportMoved(long dutyId, ReportAction action, int number, String itemCode, String itemNameVi,
                          long ownerAgencyId, long managingAgencyId, String actor) {
}
