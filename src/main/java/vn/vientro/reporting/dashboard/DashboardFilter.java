package vn.vientro.reporting.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.ReportingPeriod;

/**
 * What a dashboard or a statistics answer covers, as its address writes it: the period ({@code period=2026-Q3}, or
 * {@code from=2026-01&to=2026-05} for custom months) and the filters. A value that names nothing (a typo, an unknown
 * kind) reads as no filter, never as an error, so an edited address still shows figures.
 *
 * @param field        a priority field's code
 * @param sector       a DAC 5-digit code or 3-digit category
 * @param commune      a commune's code
 * @param country      the donor's country (ISO 3166 alpha-2)
 * @param organisation the donor organisation's id in the registry
 */
public record DashboardFilter(ReportingPeriod period, @Nullable String field, @Nullable String sector,
                              @Nullable String commune, @Nullable String country, @Nullable Long organisation,
                              @Nullable AidKind kind, @Nullable AidStatus status) {


    /** The filter the parameters name; what is missing or unreadable is left out, the period defaults to the year. */
    public static DashboardFilter read(Map<String, String> parameters, LocalDate today) {
        LinkedMultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        parameters.forEach(values::add);
        FigureChoice choice = FigureChoice.read(values);
        return new DashboardFilter(period(parameters, today), choice.field(), choice.sector(), choice.commune(),
                choice.country() == null ? null : choice.country().toUpperCase(java.util.Locale.ROOT),
                choice.organisation(), choice.kind(), choice.status());
    }

    /** The filters as every figure of the reporting module reads them. */
    public FigureChoice choice() {
        return new FigureChoice(field, sector, commune, country, organisation, kind, status);
    }

    private static ReportingPeriod period(Map<String, String> parameters, LocalDate today) {
        String code = parameters.get("period");
        Optional<ReportingPeriod> named = code == null || code.isBlank() ? Optional.empty()
                : ReportingPeriod.parse(code);
        if (named.isPresent()) {
            return named.get();
        }
        String from = parameters.get("from");
        String to = parameters.get("to");
        if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
            Optional<ReportingPeriod> months = ReportingPeriod.parse(from.strip() + "_" + to.strip());
            if (months.isPresent()) {
                return months.get();
            }
        }
        return ReportingPeriod.yearOf(today);
    }

    public DashboardFilter withPeriod(ReportingPeriod other) {
        return new DashboardFilter(other, field, sector, commune, country, organisation, kind, status);
    }

    public DashboardFilter withCountry(@Nullable String other) {
        return new DashboardFilter(period, field, sector, commune, other, organisation, kind, status);
    }

    /** The parameters that write this filter, period first; absent filters are left out. */
    public Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (period.kind() == ReportingPeriod.Kind.MONTHS) {
            values.put("from", period.from().toString());
            values.put("to", period.to().toString());
        } else {
            values.put("period", period.code());
        }
        put(values, "field", field);
        put(values, "sector", sector);
        put(values, "commune", commune);
        put(values, "country", country);
        put(values, "organisation", organisation == null ? null : organisation.toString());
        put(values, "kind", kind == null ? null : kind.name());
        put(values, "status", status == null ? null : status.name());
        return values;
    }

    /** The query string of {@link #parameters()}. */
    public String query() {
        return query(parameters());
    }

    /**
     * The aid list's parameters for this filter's narrowing that the list knows (field, commune, donor, kind, status),
     * plus what a bar adds; the list has no sector or country filter, so a click keeps only the rest.
     */
    public Map<String, String> aidListParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "field", field);
        put(values, "commune", commune);
        put(values, "donor", organisation == null ? null : organisation.toString());
        put(values, "kind", kind == null ? null : kind.name());
        put(values, "status", status == null ? null : status.name());
        return values;
    }

    static String query(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> values, String name, @Nullable String value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
