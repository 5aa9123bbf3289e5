package vn.vientro.reference;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One day of the working-day calendar and why it is (not) a working day.
 *
 * @param name   Vietnamese name of the holiday or override; {@code null} for ordinary days
 * @param nameEn English name, when known
 * @param source the legal text or document behind the day; {@code null} for ordinary days
 */
public record CalendarDay(LocalDate date, DayKind kind, @Nullable String name, @Nullable String nameEn,
                          @Nullable String source) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean workingDay() {
        return kind.workingDay();
    }

    /** Whether the administrators' record of the official announcement decided this day rather than the computation. */
    public boolean overridden() {
        return kind.announced();
    }

    public boolean compensatory() {
        return kind == DayKind.COMPENSATORY_DAY_OFF;
    }
}
