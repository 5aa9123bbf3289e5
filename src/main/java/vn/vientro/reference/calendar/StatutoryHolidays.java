package vn.vientro.reference.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statutory paid days off of a Gregorian year in Vietnam, as computed from the configured rules, before any
 * year-specific decision by the Prime Minister moves them.
 *
 * <p>The rules come from Labour Code 2019 (Bộ luật Lao động No. 45/2019/QH14), Art. 112 cl. 1, and compensatory days
 * off from Art. 111 cl. 3; both live in configuration with their legal source (see {@link CalendarProperties}).
 */
public final class StatutoryHolidays {

    private static final String COMPENSATORY_KEY_SUFFIX = "_COMPENSATORY";

    private final List<HolidayRule> rules;
    private final Set<DayOfWeek> weeklyRestDays;
    private final Compensation compensation;

    /**
     * How compensatory days off are cited and named.
     *
     * @param source the legal source
     * @param nameVi the Vietnamese name, {@code %s} standing for the holiday's ("Nghỉ bù %s")
     * @param nameEn the English name, likewise
     */
    public record Compensation(String source, String nameVi, String nameEn) {
    }

    public StatutoryHolidays(List<HolidayRule> rules, Set<DayOfWeek> weeklyRestDays, Compensation compensation) {
        this.rules = List.copyOf(rules);
        this.weeklyRestDays = Set.copyOf(weeklyRestDays);
        this.compensation = compensation;
    }

    public static StatutoryHolidays of(CalendarProperties properties) {
        return new StatutoryHolidays(properties.rules(), properties.weeklyRestDays(), new Compensation(
                properties.compensationSource(), properties.compensationNameVi(), properties.compensationNameEn()));
    }

    public List<HolidayRule> rules() {
        return rules;
    }

    public Set<DayOfWeek> weeklyRestDays() {
        return weeklyRestDays;
    }

    /** Every day off of {@code year} under the rules enabled by configuration. */
    public List<Holiday> computed(int year) {
        return computed(year, Map.of());
    }

    /**
     * Every statutory day off of {@code year}, sorted by date, one entry per date.
     *
     * @param year     Gregorian year, 1900–2100 (the range of {@link VietnameseLunarCalendar})
     * @param switches the administrators' choice for switchable rules (rule key → in force); a switchable rule not
     *                 mentioned, and every other rule, keeps its configured {@code enabled} flag
     */
    public List<Holiday> computed(int year, Map<String, Boolean> switches) {
        if (year < VietnameseLunarCalendar.MIN_YEAR || year > VietnameseLunarCalendar.MAX_YEAR) {
            throw new IllegalArgumentException("Year " + year + " is outside the supported range "
                    + VietnameseLunarCalendar.MIN_YEAR + "–" + VietnameseLunarCalendar.MAX_YEAR);
        }
        Map<LocalDate, Holiday> daysOff = new TreeMap<>();
        List<Holiday> needCompensation = new ArrayList<>();
        for (Holiday holiday : statutoryDays(year, switches)) {
            Holiday alreadyThere = daysOff.putIfAbsent(holiday.date(), holiday);
            if (alreadyThere != null) {
                // Two rules on one date (e.g. Hùng Kings' day on 30 April): Art. 112 cl. 1 grants each
                // holiday its own number of days, so the one that lost its date is made good like a
                // holiday lost to a weekly rest day.
                needCompensation.add(holiday);
            } else if (weeklyRestDays.contains(holiday.date().getDayOfWeek())) {
                needCompensation.add(holiday);
            }
        }
        // Earlier holidays take the earlier free working days, so a Saturday+Sunday pair inside Tết
        // becomes the first and second working days after Tết.
        needCompensation.sort(Comparator.comparing(Holiday::date));
        for (Holiday holiday : needCompensation) {
            LocalDate compensatoryDate = nextWorkingDayAfter(holiday.date(), daysOff);
            daysOff.put(compensatoryDate, compensatoryFor(holiday, compensatoryDate));
        }
        return List.copyOf(daysOff.values());
    }

    /** Whether a rule applies: switchable rules follow the administrators' switch when there is one. */
    public static boolean inForce(HolidayRule rule, Map<String, Boolean> switches) {
        return rule.switchable() ? switches.getOrDefault(rule.key(), rule.enabled()) : rule.enabled();
    }

    private List<Holiday> statutoryDays(int year, Map<String, Boolean> switches) {
        List<Holiday> days = new ArrayList<>();
        for (HolidayRule rule : rules) {
            if (!inForce(rule, switches)) {
                continue;
            }
            LocalDate first = anchor(rule, year).minusDays(rule.daysBefore());
            for (int offset = 0; offset < rule.days(); offset++) {
                days.add(new Holiday(first.plusDays(offset), rule.key(), rule.nameVi(), rule.nameEn(), false,
                        rule.source()));
            }
        }
        return days;
    }

    /**
     * A lunar anchor is taken in the lunar year that begins in {@code year}, so Tết's eve (day 1/1 minus one) is the
     * last day of the previous lunar year without needing lunar year 1899 for 1900. Art. 112 cl. 3 leaves the exact
     * Tết and National Day days to the Prime Minister each year; the administrators record those as overrides.
     */
    private static LocalDate anchor(HolidayRule rule, int year) {
        return switch (rule.kind()) {
            case SOLAR -> LocalDate.of(year, rule.month(), rule.day());
            case LUNAR -> VietnameseLunarCalendar.toSolar(year, rule.month(), rule.day(), false);
        };
    }

    /**
     * Labour Code 2019 Art. 111 cl. 3: a weekly rest day that coincides with a holiday of Art. 112
     * cl. 1 is made up "on the next working day", i.e. the next day that is neither a weekly rest day
     * nor already a day off (a holiday or an earlier compensatory day).
     */
    private LocalDate nextWorkingDayAfter(LocalDate date, Map<LocalDate, Holiday> daysOff) {
        LocalDate candidate = date.plusDays(1);
        while (weeklyRestDays.contains(candidate.getDayOfWeek()) || daysOff.containsKey(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private Holiday compensatoryFor(Holiday holiday, LocalDate compensatoryDate) {
        return new Holiday(compensatoryDate, holiday.key() + COMPENSATORY_KEY_SUFFIX,
                compensation.nameVi().replace("%s", holiday.nameVi()),
                compensation.nameEn().replace("%s", holiday.nameEn()), true, compensation.source());
    }
}
