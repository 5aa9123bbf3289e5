package vn.vientro.reference.calendar;

/**
 * A date in the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year      the lunar year, named after the Gregorian year in which its month 1 (Tết) begins
 * @param month     1..12; a leap month repeats the number of the month it follows
 * @param day       1..30; a lunar month has 29 or 30 days
 * @param leapMonth whether this is the intercalary (nhuận) copy of {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month must be 1..12, was " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day must be 1..30, was " + day);
        }
    }
}
