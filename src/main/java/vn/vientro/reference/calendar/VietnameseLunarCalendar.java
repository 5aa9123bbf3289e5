package vn.vientro.reference.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Converts between the Gregorian calendar and the Vietnamese lunisolar calendar (âm lịch) for the
 * years 1900–2100, computed astronomically for Vietnam's time zone, UTC+7.
 *
 * <p>The rules, applied to local dates in UTC+7:
 * <ul>
 *   <li>a lunar month begins on the day of a new moon;</li>
 *   <li>month 11 is the month that contains the day of the winter solstice;</li>
 *   <li>when 13 new moons begin between one month 11 and the next, the first of those months that
 *       contains no major solar term (a multiple of 30° of solar longitude) is a leap month and
 *       repeats the number of the month before it;</li>
 *   <li>the lunar year is named after the Gregorian year in which its month 1 (Tết) begins.</li>
 * </ul>
 *
 * <p>Each lunar year's month table is computed once, on first use, and cached, so conversions
 * after the first one in a year are array look-ups.
 *
 * <p>Limits: dates before 1968, when Vietnam still used China's UTC+8 calendar, come out in the
 * modern UTC+7 calendar and can differ from calendars printed at the time. The new-moon series of
 * Meeus is good to about ±16 seconds; in 1900–2100 one new moon lies closer than that to midnight in
 * Vietnam (1967-07-07 17:00:06 UT by a high-precision ephemeris), so month 6 of 1967 starts here on
 * 7 July instead of 8 July. Every other month start in the range matches a high-precision ephemeris.
 */
public final class VietnameseLunarCalendar {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    /** January 1900 still belongs to lunar year 1899, so its table is computed too. */
    private static final int FIRST_TABLE_YEAR = MIN_YEAR - 1;

    private static final AtomicReferenceArray<LunarYear> LUNAR_YEARS =
            new AtomicReferenceArray<>(MAX_YEAR - FIRST_TABLE_YEAR + 1);

    private VietnameseLunarCalendar() {
    }

    /** The lunar date of a Gregorian date in the years 1900–2100 (January 1900 is still lunar 1899). */
    public static LunarDate toLunar(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("Date " + date + " is outside the supported range "
                    + MIN_YEAR + "-01-01.." + MAX_YEAR + "-12-31");
        }
        long epochDay = date.toEpochDay();
        // Tết always falls in January or February, so a date belongs to the lunar year named after
        // its Gregorian year or to the one before.
        LunarYear lunarYear = lunarYear(date.getYear());
        if (epochDay < lunarYear.tetDay()) {
            lunarYear = lunarYear(date.getYear() - 1);
        }
        List<LunarMonth> months = lunarYear.months();
        for (int index = months.size() - 1; index >= 0; index--) {
            LunarMonth month = months.get(index);
            if (epochDay >= month.firstDay()) {
                int day = (int) (epochDay - month.firstDay()) + 1;
                return new LunarDate(lunarYear.year(), month.number(), day, month.leap());
            }
        }
        throw new IllegalStateException("No lunar month found for " + date);
    }

    /**
     * The Gregorian date of a lunar date.
     *
     * @throws IllegalArgumentException if the year is outside 1900–2100, the year has no such leap
     *                                  month, or the month has fewer days than {@code lunarDay}
     */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        LunarYear year = lunarYear(requireSupportedLunarYear(lunarYear));
        if (lunarMonth < 1 || lunarMonth > 12) {
            throw new IllegalArgumentException("Lunar month must be 1..12, was " + lunarMonth);
        }
        List<LunarMonth> months = year.months();
        for (int index = 0; index < months.size(); index++) {
            LunarMonth month = months.get(index);
            if (month.number() == lunarMonth && month.leap() == leapMonth) {
                long nextMonthFirstDay = index + 1 < months.size() ? months.get(index + 1).firstDay() : year.nextTetDay();
                long length = nextMonthFirstDay - month.firstDay();
                if (lunarDay < 1 || lunarDay > length) {
                    throw new IllegalArgumentException("Lunar month " + describeMonth(lunarYear, lunarMonth, leapMonth)
                            + " has " + length + " days; day " + lunarDay + " does not exist");
                }
                return LocalDate.ofEpochDay(month.firstDay() + lunarDay - 1);
            }
        }
        throw new IllegalArgumentException("Lunar year " + lunarYear + " has no month "
                + describeMonth(lunarYear, lunarMonth, leapMonth));
    }

    /** Tết Nguyên đán: day 1 of month 1 of the lunar year. */
    public static LocalDate tetDay1(int lunarYear) {
        return LocalDate.ofEpochDay(lunarYear(requireSupportedLunarYear(lunarYear)).tetDay());
    }

    /** The lunar New Year's Eve (giao thừa day) ending the lunar year: 29 or 30 of month 12. */
    public static LocalDate lastDayOfLunarYear(int lunarYear) {
        return LocalDate.ofEpochDay(lunarYear(requireSupportedLunarYear(lunarYear)).nextTetDay() - 1);
    }

    private static int requireSupportedLunarYear(int lunarYear) {
        if (lunarYear < MIN_YEAR || lunarYear > MAX_YEAR) {
            throw new IllegalArgumentException("Lunar year " + lunarYear + " is outside the supported range "
                    + MIN_YEAR + "–" + MAX_YEAR);
        }
        return lunarYear;
    }

    private static String describeMonth(int lunarYear, int lunarMonth, boolean leapMonth) {
        return lunarMonth + (leapMonth ? " (leap)" : "") + "/" + lunarYear;
    }

    private static LunarYear lunarYear(int year) {
        int slot = year - FIRST_TABLE_YEAR;
        LunarYear cached = LUNAR_YEARS.get(slot);
        if (cached == null) {
            // Two threads may both compute a year; the tables are immutable and identical, so either wins.
            cached = computeLunarYear(year);
            LUNAR_YEARS.set(slot, cached);
        }
        return cached;
    }

    /**
     * A lunar year runs from its month 1 to the next month 1. Months 1..10 come from the solstice
     * year ending at month 11 of Gregorian {@code year}; months 11 and 12 (and a leap 11 or 12) from
     * the solstice year after it.
     */
    private static LunarYear computeLunarYear(int year) {
        List<LunarMonth> candidates = new ArrayList<>(monthsOfSolsticeYear(year));
        candidates.addAll(monthsOfSolsticeYear(year + 1));
        int tetIndex = indexOfFirstMonthOne(candidates, 0);
        int nextTetIndex = indexOfFirstMonthOne(candidates, tetIndex + 1);
        List<LunarMonth> months = List.copyOf(candidates.subList(tetIndex, nextTetIndex));
        if (months.stream().filter(LunarMonth::leap).count() > 1) {
            throw new IllegalStateException("Lunar year " + year + " came out with two leap months");
        }
        return new LunarYear(year, months, candidates.get(nextTetIndex).firstDay());
    }

    private static int indexOfFirstMonthOne(List<LunarMonth> months, int fromIndex) {
        for (int index = fromIndex; index < months.size(); index++) {
            if (months.get(index).number() == 1 && !months.get(index).leap()) {
                return index;
            }
        }
        throw new IllegalStateException("No month 1 found in " + months);
    }

    /**
     * The months from month 11 of Gregorian year {@code gregorianYear - 1} up to, not including,
     * month 11 of {@code gregorianYear}, numbered 11, 12, 1, ..., 10 with a leap month inserted when
     * there are 13 of them.
     */
    private static List<LunarMonth> monthsOfSolsticeYear(int gregorianYear) {
        long firstMonth11 = month11FirstDay(gregorianYear - 1);
        long nextMonth11 = month11FirstDay(gregorianYear);
        List<Long> firstDays = new ArrayList<>();
        long lunation = LunarAstronomy.lunationOnOrBefore(firstMonth11);
        for (long day = firstMonth11; day < nextMonth11; day = LunarAstronomy.newMoonDay(++lunation)) {
            firstDays.add(day);
        }
        firstDays.add(nextMonth11);

        int monthCount = firstDays.size() - 1;
        int leapIndex = monthCount == 13 ? firstMonthWithoutMajorSolarTerm(firstDays) : -1;
        List<LunarMonth> months = new ArrayList<>(monthCount);
        int number = 11;
        for (int index = 0; index < monthCount; index++) {
            boolean leap = index == leapIndex;
            if (index > 0 && !leap) {
                number = number % 12 + 1;
            }
            months.add(new LunarMonth(firstDays.get(index), number, leap));
        }
        return months;
    }

    /**
     * Index of the first month after month 11 in which no major solar term begins. Month 11 itself
     * always holds the winter solstice, so the search starts at the month after it; in a 13-month
     * solstice year the remaining 12 months share only 11 major terms, so one is always found.
     */
    private static int firstMonthWithoutMajorSolarTerm(List<Long> firstDays) {
        int sectorAtStart = LunarAstronomy.solarTermSectorAtStartOf(firstDays.get(1));
        for (int index = 1; index < firstDays.size() - 1; index++) {
            int sectorAtNextStart = LunarAstronomy.solarTermSectorAtStartOf(firstDays.get(index + 1));
            if (sectorAtStart == sectorAtNextStart) {
                return index;
            }
            sectorAtStart = sectorAtNextStart;
        }
        throw new IllegalStateException("A 13-month solstice year without a month lacking a major solar term");
    }

    /**
     * First day of month 11 of the lunar calendar in Gregorian year {@code gregorianYear}: the month
     * containing the day of the winter solstice (Dec 21–23). Take the last new moon on or before
     * 31 December; if the Sun had already reached 270° when that month began, the solstice fell in
     * the month before it.
     */
    private static long month11FirstDay(int gregorianYear) {
        long lastDayOfYear = LocalDate.of(gregorianYear, 12, 31).toEpochDay();
        long lunation = LunarAstronomy.lunationOnOrBefore(lastDayOfYear);
        long firstDay = LunarAstronomy.newMoonDay(lunation);
        if (LunarAstronomy.solarTermSectorAtStartOf(firstDay) >= LunarAstronomy.WINTER_SOLSTICE_SECTOR) {
            return LunarAstronomy.newMoonDay(lunation - 1);
        }
        return firstDay;
    }

    /** One month of a lunar year: the epoch day it begins on, its number and whether it is a leap month. */
    private record LunarMonth(long firstDay, int number, boolean leap) {
    }

    /** The months of one lunar year, from Tết, and the epoch day of the following Tết. */
    private record LunarYear(int year, List<LunarMonth> months, long nextTetDay) {

        long tetDay() {
            return months.get(0).firstDay();
        }
    }
}
