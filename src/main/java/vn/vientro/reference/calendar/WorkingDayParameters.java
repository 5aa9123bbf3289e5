package vn.vientro.reference.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Query parameters of the calendar API, validated so that bad input answers 400 with the field at fault. Dates are
 * ISO ({@code 2026-02-13}); {@code dd/MM/yyyy} is accepted too.
 */
final class WorkingDayParameters {

    private WorkingDayParameters() {
    }

    record YearQuery(@NotNull(message = "{reference.calendar.year.required}")
                     @Min(value = 1900, message = "{reference.calendar.year.range}")
                     @Max(value = 2100, message = "{reference.calendar.year.range}") @Nullable Integer year) {
    }

    record AddQuery(@NotNull(message = "{reference.calendar.date.required}") @SupportedDate @Nullable LocalDate from,
                    @NotNull(message = "{reference.calendar.days.required}")
                    @Min(value = 0, message = "{reference.calendar.days.range}")
                    @Max(value = 3650, message = "{reference.calendar.days.range}") @Nullable Integer days) {
    }

    record CountQuery(@NotNull(message = "{reference.calendar.date.required}") @SupportedDate @Nullable LocalDate from,
                      @NotNull(message = "{reference.calendar.date.required}") @SupportedDate @Nullable LocalDate to) {
    }

    record CheckQuery(@NotNull(message = "{reference.calendar.date.required}") @SupportedDate @Nullable LocalDate date) {
    }
}
