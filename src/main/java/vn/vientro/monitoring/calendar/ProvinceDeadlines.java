package vn.vientro.monitoring.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.registry.NgoDutyQueries;
import vn.vientro.monitoring.duty.DueDateRules;
import vn.vientro.monitoring.duty.DutyRules.DutyRule;
import vn.vientro.monitoring.duty.DutyRules.Period;
import vn.vientro.shared.Text;
import vn.vientro.shared.WorkingDays;

/**
 * The province's public deadlines: the due dates of the periodic reports every aid owner files, from the rules in force
 * (configuration, or an administrator's change) for the periods closing last year, this year and next year, and the
 * day every foreign NGO's annual report is due. Public knowledge, as the rules page is to staff: no item, owner or
 * organisation is named.
 */
@Component
class ProvinceDeadlines {

    private static final MonthDay HALF_YEAR_END = MonthDay.of(6, 30);
    private static final MonthDay YEAR_END = MonthDay.of(12, 31);

    private final DueDateRules rules;
    private final NgoDutyQueries ngoDuties;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final Clock clock;

    ProvinceDeadlines(DueDateRules rules, NgoDutyQueries ngoDuties, WorkingDays workingDays, MessageSource messages, Clock clock) {
        this.rules = rules;
        this.ngoDuties = ngoDuties;
        this.workingDays = workingDays;
        this.messages = messages;
        this.clock = clock;
    }

    List<CalendarEvent> of(Locale language) {
        int year = LocalDate.now(clock).getYear();
        List<CalendarEvent> events = new ArrayList<>();
        for (DutyRule rule : rules.inForce()) {
            if (rule.period() == Period.WHOLE) {
                continue; // due after each item's own end: no date common to all
            }
            MonthDay cutOff = rule.period() == Period.HALF_YEAR ? HALF_YEAR_END : YEAR_END;
            for (int each = year - 1; each <= year + 1; each++) {
                events.add(event(rule, cutOff.atYear(each), language));
            }
        }
        for (int each = year - 1; each <= year + 1; each++) {
            events.add(ngoAnnualReport(each, language));
        }
        events.sort(Comparator.comparing(CalendarEvent::day).thenComparing(CalendarEvent::uid));
        return events;
    }

    /** Every foreign NGO's annual report to the province, due on the same day each year (D58, D09). */
    private CalendarEvent ngoAnnualReport(int year, Locale language) {
        return new CalendarEvent("province-NGO_ANNUAL_REPORT-" + year + "@vientro",
                ngoDuties.annualReportDay().atYear(year), messages.getMessage(Text.of(
                        "monitoring.calendar.event.ngoAnnualReport", Integer.toString(year)), language),
                ngoDuties.annualReportSource(), null);
    }

    private CalendarEvent event(DutyRule rule, LocalDate cutOff, Locale language) {
        LocalDate due = rule.due().dueFrom(cutOff, workingDays);
        return new CalendarEvent("province-" + rule.kind() + "-" + cutOff + "@vientro", due,
                messages.getMessage(Text.of("monitoring.calendar.event.province",
                        Text.of("monitoring.kind." + rule.kind()), cutOff), language),
                rule.due().source(), null);
    }
}
