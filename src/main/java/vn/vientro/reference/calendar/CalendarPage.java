package vn.vientro.reference.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.CalendarDay;
import vn.vientro.reference.DayKind;
import vn.vientro.reference.OutsideCalendarRangeException;
import vn.vientro.reference.ReferencePolicy;
import vn.vientro.reference.WorkingDayCalendar;

/** Everything the year calendar page shows, ready to print: month grids, legend, days off, overrides, switches. */
@Component
class CalendarPage {

    /** Colour goes with a visible abbreviation and a hidden full label, never alone; all pairs pass WCAG AA. */
    private static final Map<DayKind, String> STYLES = new EnumMap<>(Map.of(
            DayKind.WORKDAY, "",
            DayKind.WEEKLY_REST_DAY, "bg-body-secondary",
            DayKind.HOLIDAY, "bg-danger-subtle text-danger-emphasis fw-semibold",
            DayKind.COMPENSATORY_DAY_OFF, "bg-warning-subtle text-warning-emphasis fw-semibold",
            DayKind.ANNOUNCED_DAY_OFF, "bg-info-subtle text-info-emphasis fw-semibold",
            DayKind.ANNOUNCED_WORKING_DAY, "bg-success-subtle text-success-emphasis fw-semibold"));

    private final WorkingDayCalendar calendar;
    private final CalendarOverrides overrides;
    private final ReferencePolicy policy;

    CalendarPage(WorkingDayCalendar calendar, CalendarOverrides overrides, ReferencePolicy policy) {
        this.calendar = calendar;
        this.overrides = overrides;
        this.policy = policy;
    }

    record Cell(@Nullable LocalDate date, DayKind kind, @Nullable String name, String styleClass) {

        /** Every day but a plain weekday carries its abbreviation (and a spelt-out label for screen readers). */
        public boolean marked() {
            return date != null && kind != DayKind.WORKDAY;
        }
    }

    record MonthGrid(int month, List<List<Cell>> weeks) {

        public String captionKey() {
            return "reference.calendar.month." + month;
        }
    }

    record LegendEntry(DayKind kind, String styleClass) {
    }

    record DayRow(LocalDate date, DayKind kind, @Nullable String name, @Nullable String source, String styleClass) {
    }

    void fill(Model model, int year) {
        if (year < WorkingDayCalendar.FIRST_YEAR || year > WorkingDayCalendar.LAST_YEAR) {
            throw new OutsideCalendarRangeException("year", year);
        }
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("year", year);
        model.addAttribute("previousYear", year > WorkingDayCalendar.FIRST_YEAR ? year - 1 : null);
        model.addAttribute("nextYear", year < WorkingDayCalendar.LAST_YEAR ? year + 1 : null);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("legend", Arrays.stream(DayKind.values()).filter(kind -> kind != DayKind.WORKDAY)
                .map(kind -> new LegendEntry(kind, STYLES.get(kind))).toList());
        model.addAttribute("months", months(year, locale));
        model.addAttribute("daysOff", calendar.specialDays(year).stream()
                .map(day -> new DayRow(day.date(), day.kind(), name(day, locale), day.source(),
                        STYLES.get(day.kind()))).toList());
        model.addAttribute("overrides", overrides.ofYear(year));
        model.addAttribute("switches", overrides.switches());
        model.addAttribute("canEdit", policy.canManageCalendar());
        if (!model.containsAttribute("overrideForm")) {
            model.addAttribute("overrideForm", OverrideForm.blank());
        }
        model.addAttribute("overrideKinds", OverrideKind.values());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("reference.calendar.menu")));
    }

    private List<MonthGrid> months(int year, Locale locale) {
        List<MonthGrid> months = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            List<Cell> cells = new ArrayList<>();
            // Weeks start on Monday (Thứ Hai), as Vietnamese calendars print them.
            int leadingBlanks = yearMonth.atDay(1).getDayOfWeek().getValue() - 1;
            for (int blank = 0; blank < leadingBlanks; blank++) {
                cells.add(blank());
            }
            for (int dayOfMonth = 1; dayOfMonth <= yearMonth.lengthOfMonth(); dayOfMonth++) {
                CalendarDay day = calendar.day(yearMonth.atDay(dayOfMonth));
                cells.add(new Cell(day.date(), day.kind(), name(day, locale), STYLES.get(day.kind())));
            }
            while (cells.size() % 7 != 0) {
                cells.add(blank());
            }
            List<List<Cell>> weeks = new ArrayList<>();
            for (int start = 0; start < cells.size(); start += 7) {
                weeks.add(List.copyOf(cells.subList(start, start + 7)));
            }
            months.add(new MonthGrid(month, weeks));
        }
        return months;
    }

    private static Cell blank() {
        return new Cell(null, DayKind.WORKDAY, null, "");
    }

    private static @Nullable String name(CalendarDay day, Locale locale) {
        return "en".equals(locale.getLanguage()) && day.nameEn() != null ? day.nameEn() : day.name();
    }
}
