package vn.vientro.reference.calendar;

import java.time.MonthDay;
import java.util.Objects;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One statutory holiday as the law states it, read from {@code vientro.calendar.rules}: an anchor date in the solar or
 * lunar calendar, how many days off it gives and how many of them come before the anchor.
 *
 * @param key        stable identifier, e.g. {@code TET}
 * @param kind       whether {@code month}/{@code day} are solar (Gregorian) or lunar
 * @param month      1..12
 * @param day        day of the month; lunar days stop at 29 because not every lunar month has a 30th
 * @param days       number of consecutive days off
 * @param daysBefore how many of {@code days} fall before the anchor date (Tết: the lunar New Year's Eve)
 * @param nameVi     Vietnamese name with full diacritics
 * @param nameEn     English name
 * @param source     the legal text that grants the day, shown to users next to it
 * @param enabled    whether the rule is in force by default
 * @param switchable whether an administrator may switch the rule on or off (a holiday announced but not yet law)
 */
public record HolidayRule(String key, Kind kind, int month, int day, @DefaultValue("1") int days,
                          @DefaultValue("0") int daysBefore, String nameVi, String nameEn, String source,
                          @DefaultValue("true") boolean enabled, @DefaultValue("false") boolean switchable) {

    /** The calendar the anchor date is written in. */
    public enum Kind { SOLAR, LUNAR }

    public HolidayRule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind of rule " + key);
        requireText(nameVi, "nameVi", key);
        requireText(nameEn, "nameEn", key);
        requireText(source, "source", key);
        if (kind == Kind.SOLAR) {
            MonthDay anchor = MonthDay.of(month, day);
            if (anchor.equals(MonthDay.of(2, 29))) {
                throw new IllegalArgumentException("Holiday rule " + key + ": 29 February does not exist every year");
            }
        } else if (month < 1 || month > 12 || day < 1 || day > 29) {
            throw new IllegalArgumentException("Holiday rule " + key + ": lunar month 1..12 and day 1..29 expected, was "
                    + day + "/" + month);
        }
        if (days < 1 || daysBefore < 0 || daysBefore >= days) {
            throw new IllegalArgumentException("Holiday rule " + key + ": needs days >= 1 and 0 <= days-before < days, was "
                    + days + " and " + daysBefore);
        }
    }

    private static void requireText(String value, String name, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Holiday rule " + key + " needs " + name);
        }
    }
}
