package vn.vientro.monitoring.evaluation;

/** Who an evaluation concerns, for its permissions: the item's owner and managing agency. */
public record EvaluationParties(long evaluationId, long itemId, long ownerAgencyId, long managingAgencyId) {
}
