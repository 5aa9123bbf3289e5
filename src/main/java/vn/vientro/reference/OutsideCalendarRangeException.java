package vn.vientro.reference;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.BusinessRuleException;

/** The calendar knows the years 1900–2100 (the range of the lunar calendar tables); this date lies outside. */
public class OutsideCalendarRangeException extends BusinessRuleException {

    public OutsideCalendarRangeException(@Nullable String field, LocalDate date) {
        this(field, date.getYear());
    }

    public OutsideCalendarRangeException(@Nullable String field, int year) {
        // Years as text: MessageFormat would print 2101 as "2.101".
        super(ReferenceProblem.CALENDAR_RANGE, "reference.calendar.outOfRange", field, String.valueOf(year),
                String.valueOf(WorkingDayCalendar.FIRST_YEAR), String.valueOf(WorkingDayCalendar.LAST_YEAR));
    }
}
