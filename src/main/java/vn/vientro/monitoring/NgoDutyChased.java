package vn.vientro.monitoring;

import java.time.LocalDate;

/**
 * The daily chasing reached a stage for a foreign NGO's own duty not yet done (its plan, its annual report): the focal
 * point, who follows the NGOs, is told, to chase the organisation. Only {@link ChaseStage#DUE_SOON} and
 * {@link ChaseStage#OVERDUE}: an NGO has no governing agency to escalate to.
 *
 * @param kind the registry's duty kind, {@code PLAN} or {@code ANNUAL_REPORT}
 * @param days days until the due date for {@link ChaseStage#DUE_SOON}, days past it otherwise
 * @param link the registry page where the duty is recorded
 */
public record NgoDutyChased(long organisationId, String organisationName, String kind, ChaseStage stage,
                            LocalDate dueOn, long days, String link) {
}
