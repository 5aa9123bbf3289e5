package vn.vientro.reporting.pivot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.reporting.DonorCountries;

/**
 * Computes a pivot from the aid statistics: the cells (rows and column), each line's total (rows alone), each
 * column's total (column alone) and the grand total, four reads of the aid statistics; donors are grouped into
 * their countries after reading ({@link DonorCountries}).
 */
@Component
class PivotComputation {

    /** A page shows this many lines; the export has them all. */
    static final int SHOWN_LINES = 500;

    private final AidStatisticsQueries statistics;
    private final DonorCountries donors;
    private final DimensionLabels labels;

    PivotComputation(AidStatisticsQueries statistics, DonorCountries donors, DimensionLabels labels) {
        this.statistics = statistics;
        this.donors = donors;
        this.labels = labels;
    }

    PivotTable compute(PivotQuery query, StatisticsFilter filter, Locale locale) {
        boolean country = query.dimensions().contains(PivotDimension.COUNTRY);
        Map<String, String> countries = country ? donors.all() : Map.of();
        List<StatisticsRow> lineRows = read(filter, query.rows(), countries);
        List<StatisticsRow> cellRows = query.column() == null ? List.of()
                : read(filter, query.dimensions(), countries);
        List<StatisticsRow> columnRows = query.column() == null ? List.of()
                : read(filter, List.of(query.column()), countries);
        StatisticsRow grand = statistics.totals(filter);

        List<List<PivotTable.Label>> names = new ArrayList<>();
        for (int d = 0; d < query.dimensions().size(); d++) {
            int index = d;
            PivotDimension dimension = query.dimensions().get(d);
            List<StatisticsRow> source = index < query.rows().size() ? lineRows : columnRows;
            int keyIndex = index < query.rows().size() ? index : 0;
            Map<String, String> named = labels.names(dimension,
                    source.stream().map(row -> row.key(keyIndex)).toList(), locale);
            names.add(named.entrySet().stream().map(e -> new PivotTable.Label(e.getKey(), e.getValue())).toList());
        }
        List<PivotTable.Label> columns = query.column() == null ? List.of()
                : ordered(columnRows, 0, query.column(), names.get(query.rows().size()), query);
        Map<String, StatisticsRow> cells = cellRows.stream()
                .collect(Collectors.toMap(row -> String.join("\u001f", row.keys()), Function.identity()));

        List<PivotTable.Line> lines = new ArrayList<>();
        for (StatisticsRow line : sortedLines(lineRows, query, names)) {
            List<PivotTable.Label> keys = new ArrayList<>();
            for (int d = 0; d < query.rows().size(); d++) {
                keys.add(label(names.get(d), line.key(d)));
            }
            List<List<BigDecimal>> lineCells = new ArrayList<>();
            for (PivotTable.Label column : columns) {
                StatisticsRow cell = cells.get(String.join("\u001f", line.keys()) + "\u001f" + column.key());
                lineCells.add(cell == null ? zeros(query) : measures(cell, query));
            }
            lines.add(new PivotTable.Line(keys, lineCells, measures(line, query)));
        }
        Map<String, StatisticsRow> byColumn = columnRows.stream()
                .collect(Collectors.toMap(row -> row.key(0), Function.identity()));
        List<List<BigDecimal>> columnTotals = columns.stream()
                .map(column -> measures(byColumn.get(column.key()), query)).toList();
        return new PivotTable(query, columns, lines, columnTotals, measures(grand, query), SHOWN_LINES);
    }

    /** The rows grouped by the dimensions, donors turned into their countries where a dimension asks for them. */
    private List<StatisticsRow> read(StatisticsFilter filter, List<PivotDimension> dimensions,
                                     Map<String, String> countries) {
        List<StatisticsDimension> sources = dimensions.stream().map(PivotDimension::source).toList();
        List<StatisticsRow> rows = statistics.breakdown(filter, sources);
        if (!dimensions.contains(PivotDimension.COUNTRY)) {
            return rows;
        }
        return DonorCountries.regrouped(rows, IntStream.range(0, dimensions.size())
                .filter(d -> dimensions.get(d) == PivotDimension.COUNTRY).boxed().collect(Collectors.toSet()),
                countries);
    }

    /**
     * Lines in reading order: time in its own order; anything else by the first measure's size, largest first, the
     * lines of one first key kept together.
     */
    private static List<StatisticsRow> sortedLines(List<StatisticsRow> rows, PivotQuery query,
                                                   List<List<PivotTable.Label>> names) {
        Map<String, BigDecimal> firstKeyTotals = new HashMap<>();
        PivotMeasure first = query.measures().get(0);
        for (StatisticsRow row : rows) {
            firstKeyTotals.merge(row.key(0), first.of(row, query.currency()), BigDecimal::add);
        }
        Comparator<StatisticsRow> order = Comparator.comparing(row -> 0);
        for (int d = 0; d < query.rows().size(); d++) {
            int index = d;
            PivotDimension dimension = query.rows().get(d);
            Map<String, String> text = names.get(d).stream()
                    .collect(Collectors.toMap(PivotTable.Label::key, PivotTable.Label::text));
            Comparator<StatisticsRow> byKey = Comparator.comparing(row -> row.key(index));
            Comparator<StatisticsRow> bySize = index == 0
                    ? Comparator.comparing((StatisticsRow row) -> firstKeyTotals.get(row.key(0))).reversed()
                    : Comparator.comparing((StatisticsRow row) -> first.of(row, query.currency())).reversed();
            order = order.thenComparing(dimension.chronological() ? byKey
                    : bySize.thenComparing(row -> text.getOrDefault(row.key(index), "")).thenComparing(byKey));
        }
        return rows.stream().sorted(order).toList();
    }

    private static List<PivotTable.Label> ordered(List<StatisticsRow> rows, int keyIndex, PivotDimension dimension,
                                                  List<PivotTable.Label> names, PivotQuery query) {
        Map<String, PivotTable.Label> byKey = names.stream()
                .collect(Collectors.toMap(PivotTable.Label::key, Function.identity()));
        PivotMeasure first = query.measures().get(0);
        Comparator<StatisticsRow> order = dimension.chronological()
                ? Comparator.comparing(row -> row.key(keyIndex))
                : Comparator.comparing((StatisticsRow row) -> first.of(row, query.currency())).reversed()
                        .thenComparing(row -> row.key(keyIndex));
        return rows.stream().sorted(order).map(row -> label(byKey.values(), row.key(keyIndex))).toList();
    }

    private static PivotTable.Label label(java.util.Collection<PivotTable.Label> names, String key) {
        return names.stream().filter(name -> name.key().equals(key)).findFirst()
                .orElse(new PivotTable.Label(key, key));
    }

    private static List<BigDecimal> measures(StatisticsRow row, PivotQuery query) {
        return query.measures().stream().map(measure -> measure.of(row, query.currency())).toList();
    }

    private static List<BigDecimal> zeros(PivotQuery query) {
        return query.measures().stream().map(measure -> BigDecimal.ZERO).toList();
    }
}
