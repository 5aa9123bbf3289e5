package vn.vientro.reporting.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.PeriodParameters;
import vn.vientro.reporting.ReportingPeriod;

/**
 * What a dashboard or a statistics answer covers: the period and the filters, as every figure of the reporting
 * module reads them ({@link PeriodParameters}, {@link FigureChoice}).
 */
public record DashboardFilter(ReportingPeriod period, FigureChoice choice) {

    /** The filter a page's address names (read as a page reads it: what names nothing is left out). */
    public static DashboardFilter read(Map<String, String> parameters, LocalDate today) {
        LinkedMultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        parameters.forEach(values::add);
        return new DashboardFilter(PeriodParameters.of(parameters).resolve(today), FigureChoice.read(values));
    }

    public static DashboardFilter of(PeriodParameters period, FigureChoice choice, LocalDate today) {
        return new DashboardFilter(period.resolve(today), choice);
    }

    public DashboardFilter withPeriod(ReportingPeriod other) {
        return new DashboardFilter(other, choice);
    }

    public DashboardFilter withCountry(@Nullable String other) {
        return new DashboardFilter(period, choice.withCountry(other));
    }

    /** The parameters that write this filter, period first; absent filters are left out. */
    public Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        PeriodParameters.write(period, values);
        LinkedMultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        choice.addTo(filters);
        filters.forEach((name, given) -> values.put(name, given.get(0)));
        return values;
    }

    /** The query string of {@link #parameters()}. */
    public String query() {
        return query(parameters());
    }

    /** The aid list's parameters for this filter's narrowing that the list knows (see {@link FigureChoice}). */
    public Map<String, String> aidListParameters() {
        return choice.aidListParameters();
    }

    static String query(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
