package vn.vientro.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily chasing reached a stage for foreign NGOs' own duties of one kind and due date, not yet done (their plan,
 * their annual report): the focal point, who follows the NGOs, is told once for all of them, to chase the
 * organisations. Every NGO's annual report is due the same day, so one notice rather than one per organisation. Only
 * {@link ChaseStage#DUE_SOON} and {@link ChaseStage#OVERDUE}: an NGO has no governing agency to escalate to.
 *
 * @param kind          {@link DutyKind#NGO_PLAN} or {@link DutyKind#NGO_ANNUAL_REPORT}
 * @param days          days until the due date for {@link ChaseStage#DUE_SOON}, days past it otherwise
 * @param organisations the organisations' names, in the registry's order
 */
public record NgoDutyChased(DutyKind kind, ChaseStage stage, LocalDate dueOn, long days, List<String> organisations) {
}
