package vn.vientro.reporting;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;

/**
 * The period an address names for figures: {@code period=2026}, {@code 2026-Q3}, {@code 2026-H1} or
 * {@code 2026-01_2026-05}, or a custom span {@code from=2026-01&to=2026-05}; this year when it names none. Controllers
 * take it as a parameter ({@link FigureParameterResolvers}); the API documents it as these parameters.
 */
public record PeriodParameters(
        @Parameter(description = "2026, 2026-Q3, 2026-H1 or 2026-01_2026-05; this year when absent") @Nullable String period,
        @Parameter(description = "First month of a custom span (2026-01)") @Nullable String from,
        @Parameter(description = "Last month of a custom span (2026-05)") @Nullable String to) {

    public static PeriodParameters of(Map<String, String> parameters) {
        return new PeriodParameters(parameters.get("period"), parameters.get("from"), parameters.get("to"));
    }

    /** The period named, or the year of {@code today} when none is named or what is named cannot be read. */
    public ReportingPeriod resolve(LocalDate today) {
        return named().or(this::span).orElseGet(() -> ReportingPeriod.yearOf(today));
    }

    /** Refuses, at its parameter, a period that is given but cannot be read (a program's call is told). */
    void check() {
        if (given(period) && named().isEmpty()) {
            throw new InvalidInputException("period", "reporting.period.invalid", period);
        }
        if ((given(from) || given(to)) && !given(period) && span().isEmpty()) {
            throw new InvalidInputException(given(from) && !given(to) ? "to" : "from", "reporting.period.span.invalid");
        }
    }

    /** The parameters that name {@code period}, as {@link #resolve} reads them back (a custom span as from/to). */
    public static void write(ReportingPeriod period, Map<String, String> parameters) {
        if (period.kind() == ReportingPeriod.Kind.MONTHS) {
            parameters.put("from", period.from().toString());
            parameters.put("to", period.to().toString());
        } else {
            parameters.put("period", period.code());
        }
    }

    private Optional<ReportingPeriod> named() {
        return given(period) ? ReportingPeriod.parse(period) : Optional.empty();
    }

    private Optional<ReportingPeriod> span() {
        return given(from) && given(to) ? ReportingPeriod.parse(from.strip() + "_" + to.strip()) : Optional.empty();
    }

    private static boolean given(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
