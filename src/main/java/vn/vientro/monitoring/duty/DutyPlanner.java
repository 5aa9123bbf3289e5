package vn.vientro.monitoring.duty;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.monitoring.duty.DutyRules.DutyRule;
import vn.vientro.shared.WorkingDays;

/**
 * Computes the reports an approved item owes from its dates and the configured rules. A periodic report is owed for
 * each period that closes while the item runs (the completion report covers the stretch after the last one); the
 * period starts no earlier than the item.
 */
@Component
class DutyPlanner {

    private static final MonthDay HALF_YEAR_END = MonthDay.of(6, 30);
    private static final MonthDay YEAR_END = MonthDay.of(12, 31);

    private final DueDateRules rules;
    private final WorkingDays workingDays;

    DutyPlanner(DueDateRules rules, WorkingDays workingDays) {
        this.rules = rules;
        this.workingDays = workingDays;
    }

    List<PlannedDuty> plan(ReportingBasis item) {
        return plan(item, rules.inForce());
    }

    List<PlannedDuty> plan(ReportingBasis item, List<DutyRule> duties) {
        if (!item.hasDuties()) {
            return List.of();
        }
        LocalDate start = Objects.requireNonNull(item.start());
        LocalDate end = Objects.requireNonNull(item.end());
        List<PlannedDuty> planned = new ArrayList<>();
        for (DutyRule rule : duties) {
            switch (rule.period()) {
                case HALF_YEAR -> yearly(rule, HALF_YEAR_END, start, end, planned);
                case YEAR -> yearly(rule, YEAR_END, start, end, planned);
                case WHOLE -> planned.add(duty(rule, start, end));
            }
        }
        return planned;
    }

    private void yearly(DutyRule rule, MonthDay periodEnd, LocalDate start, LocalDate end, List<PlannedDuty> planned) {
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate cutOff = periodEnd.atYear(year);
            if (!cutOff.isBefore(start) && !cutOff.isAfter(end)) {
                LocalDate from = LocalDate.of(year, 1, 1);
                planned.add(duty(rule, from.isBefore(start) ? start : from, cutOff));
            }
        }
    }

    private PlannedDuty duty(DutyRule rule, LocalDate from, LocalDate cutOff) {
        return new PlannedDuty(rule.kind(), from, cutOff, cutOff, rule.due().dueFrom(cutOff, workingDays),
                rule.responsible(), List.copyOf(rule.recipients()), rule.due().source());
    }
}
