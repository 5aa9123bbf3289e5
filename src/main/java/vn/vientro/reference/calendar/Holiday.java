package vn.vientro.reference.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One statutory day off.
 *
 * @param date         the Gregorian date of the day off
 * @param key          stable identifier, e.g. {@code TET} or {@code NATIONAL_DAY_COMPENSATORY}
 * @param nameVi       Vietnamese name with full diacritics
 * @param nameEn       English name
 * @param compensatory whether this is a nghỉ bù day given because a holiday fell on a weekly rest day
 *                     or on another holiday
 * @param source       the legal text that grants the day
 */
public record Holiday(LocalDate date, String key, String nameVi, String nameEn, boolean compensatory, String source) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(source, "source");
    }
}
