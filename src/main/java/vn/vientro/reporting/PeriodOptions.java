package vn.vientro.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The periods a reader may pick on the dashboard, the map and the pivot, the same on each, beside
 * {@link FigureFilterOptions} (the other filters): the ten years up to this year (or up to the shown period's year
 * when later), the last five years as one span, the halves and quarters of this year and of the shown year, half or
 * quarter's year, and the shown period first when it is none of these (a custom span typed in the address or the
 * month fields). Each page's own default period may differ (the pivot's is the five years); the offer does not.
 */
@Component
public class PeriodOptions {

    static final int YEARS = 10;
    static final int SPAN_YEARS = 5;

    private final MessageSource messages;
    private final Clock clock;

    PeriodOptions(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The periods offered with the shown one selected, each as its code in the address and its name. */
    public List<FigureFilterOptions.Option> of(ReportingPeriod shown, Locale locale) {
        return offered(shown).stream().map(period -> new FigureFilterOptions.Option(period.code(),
                messages.getMessage(period.label(), locale), period.equals(shown))).toList();
    }

    /** The periods offered, in the order the drop-down lists them. */
    public List<ReportingPeriod> offered(ReportingPeriod shown) {
        int thisYear = LocalDate.now(clock).getYear();
        int last = Math.max(thisYear, shown.to().getYear());
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = last; year > last - YEARS; year--) {
            periods.add(ReportingPeriod.year(year));
        }
        periods.add(ReportingPeriod.months(YearMonth.of(thisYear - SPAN_YEARS + 1, 1), YearMonth.of(thisYear, 12)));
        int shownYear = shown.from().getYear();
        for (int year : shownYear == thisYear || shown.kind() == ReportingPeriod.Kind.MONTHS ? new int[] {thisYear}
                : new int[] {thisYear, shownYear}) {
            for (int half = 1; half <= 2; half++) {
                periods.add(ReportingPeriod.half(year, half));
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                periods.add(ReportingPeriod.quarter(year, quarter));
            }
        }
        if (!periods.contains(shown)) {
            periods.add(0, shown);
        }
        return periods;
    }
}
