package vn.vientro.reporting.pivot;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pivot computed: its column headings, its lines (each with its row keys, a cell per column and measure, and its
 * total per measure), the columns' totals and the grand total. Totals are the database's figures for the whole group,
 * not sums of the cells: an item in two sectors counts once in the total of its year.
 *
 * @param shownLines lines shown on the page; the export has them all
 */
public record PivotTable(PivotQuery query, List<Label> columns, List<Line> lines, List<List<BigDecimal>> columnTotals,
                  List<BigDecimal> grandTotal, int shownLines) {

    public PivotTable {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
        columnTotals = List.copyOf(columnTotals);
        grandTotal = List.copyOf(grandTotal);
    }

    /** A row or column key with its name in the reader's language. */
    public record Label(String key, String text) {
    }

    public record Line(List<Label> keys, List<List<BigDecimal>> cells, List<BigDecimal> total) {

        public Line {
            keys = List.copyOf(keys);
            cells = List.copyOf(cells);
            total = List.copyOf(total);
        }
    }

    public List<Line> shown() {
        return lines.subList(0, Math.min(shownLines, lines.size()));
    }

    public boolean truncated() {
        return shownLines < lines.size();
    }

    public boolean empty() {
        return lines.isEmpty();
    }
}
