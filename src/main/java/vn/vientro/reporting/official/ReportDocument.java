package vn.vientro.reporting.official;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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

        /**
         * Whether this table, as issued, holds the same figures as {@code now}: the same rows, column by column as
         * named by their headings, so a later change in the columns' order does not read as a change in the figures;
         * a column no longer made counts as a difference, one added since is not compared.
         */
        public boolean sameFigures(ReportTable now) {
            List<String> headings = columns.stream().map(Column::heading).toList();
            List<String> nowHeadings = now.columns().stream().map(Column::heading).toList();
            if (headings.equals(nowHeadings)) {
                return rows.equals(now.rows());
            }
            int[] at = headings.stream().mapToInt(nowHeadings::indexOf).toArray();
            if (Arrays.stream(at).anyMatch(index -> index < 0) || rows.size() != now.rows().size()) {
                return false;
            }
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < at.length; column++) {
                    if (!Objects.equals(rows.get(row).get(column), now.rows().get(row).get(at[column]))) {
                        return false;
                    }
                }
            }
            return true;
        }

        public boolean hasTotals() {
            return totals && !rows.isEmpty() && columns.stream().anyMatch(Column::total);
        }
    }
}
