package vn.vientro.shared;

import java.time.LocalDate;

/**
 * Vietnamese working days (ngày làm việc): Monday to Friday, less public holidays and compensatory days off, plus
 * Saturdays the government swapped into working days. Implemented by the reference module.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /** The {@code days}-th working day after {@code from} ({@code from} itself never counts). */
    LocalDate addWorkingDays(LocalDate from, int days);

    /** Working days after {@code from} up to and including {@code to}; so {@code count(d, add(d, n)) == n}. */
    int countWorkingDays(LocalDate from, LocalDate to);
}
