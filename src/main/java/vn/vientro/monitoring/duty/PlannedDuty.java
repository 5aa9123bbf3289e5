package vn.vientro.monitoring.duty;

import java.time.LocalDate;
import java.util.List;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.duty.DutyRules.Party;

/** One report an item's rules ask for: what the planner computes, before it is kept as a {@link ReportDuty}. */
record PlannedDuty(DutyKind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate cutOff, LocalDate dueOn,
                   Party responsible, List<Party> recipients, String source) {
}
