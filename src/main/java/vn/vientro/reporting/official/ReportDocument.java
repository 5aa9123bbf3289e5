package vn.vientro.reporting.official;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report's figures as they are printed, in Vietnamese: tables of cells kept as text (numbers in plain decimal
 * notation, days in ISO), so the same document renders to HTML, Excel and PDF and is stored as sent (its snapshot) to
 * be reproduced exactly. Totals are not stored: each output adds up its columns (Excel with formulas).
 *
 * @param periodCode  the reporting period as written in addresses
 * @param periodLabel the period in words
 * @param asOf        the day the figures were read
 * @param number      the number it was issued under; null for a draft
 */
public record ReportDocument(OfficialReport report, String periodCode, String periodLabel, LocalDate asOf,
                             @Nullable String number, List<ReportTable> tables) {

    public ReportDocument {
        tables = List.copyOf(tables);
    }

    public ReportDocument issuedAs(String issuedNumber, LocalDate issuedOn) {
        return new ReportDocument(report, periodCode, periodLabel, issuedOn, issuedNumber, tables);
    }

    /** What a column holds: text, a count, money in VND or USD, a day, a rate (never added up). */
    public enum ColumnType {
        TEXT, COUNT, VND, USD, DATE, RATE;

        public boolean numeric() {
            return this == COUNT || this == VND || this == USD || this == RATE;
        }
    }

    /**
     * A column of a table.
     *
     * @param total whether the totals row adds it up (a count of items split over communes would count one twice)
     * @param under whether the printed document (the PDF and the preview) sets its value under the previous column's,
     *              in the same cell, so a wide table fits the page's width (a workbook keeps every column its own)
     */
    public record Column(String heading, ColumnType type, boolean total, boolean under) {

        public Column(String heading, ColumnType type, boolean total) {
            this(heading, type, total, false);
        }

        public static Column text(String heading) {
            return new Column(heading, ColumnType.TEXT, false);
        }

        public static Column of(String heading, ColumnType type) {
            return new Column(heading, type, type == ColumnType.COUNT || type == ColumnType.VND
                    || type == ColumnType.USD);
        }

        public Column untotalled() {
            return new Column(heading, type, false, under);
        }

        /** The same column, printed under the previous one. */
        public Column printedUnder() {
            return new Column(heading, type, total, true);
        }
    }

    /**
     * A titled table; {@code totals} adds a last row summing its totalled columns.
     *
     * @param note a line printed under the table, or empty
     */
    public record ReportTable(String key, String title, List<Column> columns, List<List<String>> rows,
                              boolean totals, String note) {

        public ReportTable {
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        }

        /** The sum of a column over the rows, or null when the column is not added up. */
        public @Nullable BigDecimal total(int column) {
            if (!columns.get(column).total()) {
                return null;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (List<String> row : rows) {
                String cell = row.get(column);
                if (cell != null && !cell.isEmpty()) {
                    sum = sum.add(new BigDecimal(cell));
                }
            }
            return sum;
        }

        public boolean hasTotals() {
            return totals && !rows.isEmpty() && columns.stream().anyMatch(Column::total);
        }
    }
}
