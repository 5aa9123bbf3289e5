package vn.vientro.reporting.pivot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.ReportingPeriod;

/**
 * A pivot as asked for: its rows (one or two dimensions), its columns (one dimension or none), its measures, the
 * currency, the period and the filters. It lives in the page's address, so a pivot is a link to bookmark, share or save
 * ({@link #parameters()} writes it, {@link #read} reads it back); a value that names nothing reads as its default,
 * never an error.
 */
public record PivotQuery(List<PivotDimension> rows, @Nullable PivotDimension column, List<PivotMeasure> measures,
                  PivotCurrency currency, ReportingPeriod period, FigureChoice choice) {

    static final int MAX_ROW_DIMENSIONS = 2;

    public PivotQuery {
        rows = List.copyOf(rows);
        measures = List.copyOf(measures);
    }

    /** The pivot an address describes, today's five years by field and year when it names nothing. */
    static PivotQuery read(MultiValueMap<String, String> parameters, LocalDate today) {
        List<PivotDimension> rows = new ArrayList<>();
        for (String value : List.of(first(parameters, "row1"), first(parameters, "row2"))) {
            parse(PivotDimension.class, value).filter(d -> !rows.contains(d) && rows.size() < MAX_ROW_DIMENSIONS)
                    .ifPresent(rows::add);
        }
        if (rows.isEmpty()) {
            rows.add(PivotDimension.FIELD);
        }
        PivotDimension column = parameters.containsKey("column")
                ? parse(PivotDimension.class, first(parameters, "column")).filter(d -> !rows.contains(d)).orElse(null)
                : (rows.contains(PivotDimension.YEAR) ? null : PivotDimension.YEAR);
        List<PivotMeasure> measures = new ArrayList<>();
        for (PivotMeasure measure : PivotMeasure.values()) {
            // a list's address names them all at once; the page's boxes one by one
            if (values(parameters, "measures").contains(measure.name())
                    || "true".equals(first(parameters, "measure." + measure.name()))) {
                measures.add(measure);
            }
        }
        if (measures.isEmpty()) {
            measures.add(PivotMeasure.COMMITTED);
        }
        PivotCurrency currency = parse(PivotCurrency.class, first(parameters, "currency")).orElse(PivotCurrency.VND);
        ReportingPeriod period = months(parameters).or(() -> ReportingPeriod.parse(first(parameters, "period")))
                .orElse(ReportingPeriod.months(YearMonth.of(today.getYear() - 4, 1), YearMonth.of(today.getYear(), 12)));
        return new PivotQuery(rows, column, measures, currency, period, FigureChoice.read(parameters));
    }

    /** Months typed as "from" and "to" (YYYY-MM, as a month input sends them), in order; anything else reads as none. */
    static Optional<ReportingPeriod> months(MultiValueMap<String, String> parameters) {
        Optional<YearMonth> from = month(first(parameters, "from"));
        Optional<YearMonth> to = month(first(parameters, "to"));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return ReportingPeriod.parse(from.get() + "_" + to.get());
    }

    /** Whether the months typed run backwards: the page says so at the field rather than guess. */
    static boolean monthsReversed(MultiValueMap<String, String> parameters) {
        Optional<YearMonth> from = month(first(parameters, "from"));
        Optional<YearMonth> to = month(first(parameters, "to"));
        return from.isPresent() && to.isPresent() && to.get().isBefore(from.get());
    }

    private static Optional<YearMonth> month(String value) {
        try {
            return value.matches("\\d{4}-\\d{2}") ? Optional.of(YearMonth.parse(value)) : Optional.empty();
        } catch (java.time.DateTimeException notAMonth) {
            return Optional.empty();
        }
    }

    /** The address's parameters that give this pivot back through {@link #read}. */
    MultiValueMap<String, String> parameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (int r = 0; r < rows.size(); r++) {
            parameters.add("row" + (r + 1), rows.get(r).name());
        }
        parameters.add("column", column == null ? "" : column.name());
        parameters.add("measures", String.join(",", measures.stream().map(PivotMeasure::name).toList()));
        parameters.add("currency", currency.name());
        parameters.add("period", period.code());
        choice.addTo(parameters);
        return parameters;
    }

    /** The parameters as a query string, "rows=FIELD&column=YEAR&…": what a saved pivot keeps. */
    String queryString() {
        return UriComponentsBuilder.newInstance().queryParams(parameters()).build().encode().getQuery();
    }

    static PivotQuery fromQueryString(String query, LocalDate today) {
        return read(UriComponentsBuilder.fromUriString("/?" + query).build(true).getQueryParams().entrySet().stream()
                .collect(LinkedMultiValueMap::new, (map, entry) -> entry.getValue().forEach(value -> map.add(
                        entry.getKey(), value == null ? "" : java.net.URLDecoder.decode(value,
                                java.nio.charset.StandardCharsets.UTF_8))), LinkedMultiValueMap::addAll), today);
    }

    /** Every dimension the pivot groups by: its rows, then its column. */
    List<PivotDimension> dimensions() {
        List<PivotDimension> all = new ArrayList<>(rows);
        if (column != null) {
            all.add(column);
        }
        return all;
    }

    private static List<String> values(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.stream().flatMap(value -> Arrays.stream(value.split(","))).limit(20).toList();
    }

    private static String first(MultiValueMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null ? "" : value;
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst();
    }
}
