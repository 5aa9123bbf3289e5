package vn.vientro.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.vientro.reference.calendar.Announcements;
import vn.vientro.reference.calendar.CalendarOverride;
import vn.vientro.reference.calendar.CalendarProperties;
import vn.vientro.reference.calendar.Holiday;
import vn.vientro.reference.calendar.OverrideKind;
import vn.vientro.reference.calendar.StatutoryHolidays;
import vn.vientro.reference.calendar.VietnameseLunarCalendar;
import vn.vientro.shared.WorkingDays;

/**
 * Vietnam's working days for 1900–2100: the Labour Code's holidays computed from configuration, corrected by the
 * administrators' record of each year's official announcement, which always wins.
 *
 * <p>Computed holidays are cached per year forever (they depend on configuration only); the effective days of a year
 * are cached until the recorded announcements change (see {@link Announcements} for how other nodes learn of it).
 */
@Service
public class WorkingDayCalendar implements WorkingDays {

    public static final int FIRST_YEAR = VietnameseLunarCalendar.MIN_YEAR;
    public static final int LAST_YEAR = VietnameseLunarCalendar.MAX_YEAR;

    private final StatutoryHolidays statutory;
    private final Announcements announcements;
    private final ConcurrentMap<ComputedKey, List<Holiday>> computed = new ConcurrentHashMap<>();
    private volatile @Nullable EffectiveDays effective;

    WorkingDayCalendar(CalendarProperties properties, Announcements announcements) {
        this.statutory = StatutoryHolidays.of(properties);
        this.announcements = announcements;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return day(date).workingDay();
    }

    /** The day and why it is, or is not, a working day. */
    public CalendarDay day(LocalDate date) {
        return day(date, "date");
    }

    /**
     * The {@code days}-th working day strictly after {@code from}. Zero days is {@code from} itself, even when it is a
     * day off, so that {@code countWorkingDays(d, addWorkingDays(d, n)) == n} holds for every n.
     *
     * @throws IllegalArgumentException      if {@code days} is negative
     * @throws OutsideCalendarRangeException if the walk leaves 1900–2100
     */
    @Override
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days to add must be 0 or more, was " + days);
        }
        LocalDate date = from;
        for (int found = 0; found < days; ) {
            date = date.plusDays(1);
            if (day(date, "days").workingDay()) {
                found++;
            }
        }
        return date;
    }

    /** Working days in (from, to]: {@code from} never counts, {@code to} does; 0 when {@code to} is not after {@code from}. */
    @Override
    public int countWorkingDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (day(date, "to").workingDay()) {
                count++;
            }
        }
        return count;
    }

    /** The days off of a year (holidays, compensatory and announced days off; not weekly rest days), by date. */
    public List<CalendarDay> daysOff(int year) {
        return specialDays(year).stream().filter(day -> !day.workingDay()).toList();
    }

    /** Every day of a year that is not a plain weekday or weekend: the days off and the announced working days. */
    public List<CalendarDay> specialDays(int year) {
        return yearTable(year).values().stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    private CalendarDay day(LocalDate date, String field) {
        CalendarDay special = yearTable(requireSupported(date, field)).get(date);
        if (special != null) {
            return special;
        }
        return new CalendarDay(date, statutory.weeklyRestDays().contains(date.getDayOfWeek())
                ? DayKind.WEEKLY_REST_DAY : DayKind.WORKDAY, null, null, null);
    }

    private Map<LocalDate, CalendarDay> yearTable(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new OutsideCalendarRangeException("year", year);
        }
        Announcements.Snapshot recorded = announcements.current();
        EffectiveDays current = effective;
        if (current == null || current.recorded() != recorded) {
            current = new EffectiveDays(recorded, new ConcurrentHashMap<>());
            effective = current;
        }
        return current.years().computeIfAbsent(year, y -> buildYear(y, recorded));
    }

    /** Computed holidays first, then each override replaces whatever the computation said about its day. */
    private Map<LocalDate, CalendarDay> buildYear(int year, Announcements.Snapshot recorded) {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        List<Holiday> holidays = computed.computeIfAbsent(new ComputedKey(year, recorded.switches()),
                key -> statutory.computed(key.year(), key.switches()));
        for (Holiday holiday : holidays) {
            days.put(holiday.date(), new CalendarDay(holiday.date(),
                    holiday.compensatory() ? DayKind.COMPENSATORY_DAY_OFF : DayKind.HOLIDAY,
                    holiday.nameVi(), holiday.nameEn(), holiday.source()));
        }
        for (CalendarOverride override : recorded.overrides().values()) {
            if (override.day().getYear() == year) {
                days.put(override.day(), new CalendarDay(override.day(), override.kind() == OverrideKind.DAY_OFF
                        ? DayKind.ANNOUNCED_DAY_OFF : DayKind.ANNOUNCED_WORKING_DAY,
                        override.nameVi(), override.nameEn(), override.legalBasis()));
            }
        }
        return Map.copyOf(days);
    }

    private static int requireSupported(LocalDate date, String field) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new OutsideCalendarRangeException(field, date);
        }
        return date.getYear();
    }

    private record ComputedKey(int year, Map<String, Boolean> switches) {
    }

    /** The effective special days per year, valid for one snapshot of the recorded announcements. */
    private record EffectiveDays(Announcements.Snapshot recorded, ConcurrentMap<Integer, Map<LocalDate, CalendarDay>> years) {
    }
}
