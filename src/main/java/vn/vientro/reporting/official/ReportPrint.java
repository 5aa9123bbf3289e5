package vn.vientro.reporting.official;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.vientro.platform.DocumentTemplates;
import vn.vientro.platform.JobProgress;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;

/**
 * A report printed in the layout of Decree 30/2020/NĐ-CP (Appendix I): the issuing body and the national title and
 * motto, the number and the dateline, the title, the tables, the signature block and the recipients. The wording is in
 * {@code templates/reporting/official/document.xhtml}; the same XHTML is the page's preview and, through openhtmltopdf
 * with the bundled DejaVu Serif (a Times-like face with every Vietnamese letter), the PDF on A4.
 */
@Component
class ReportPrint {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /**
     * Rows per table section. The renderer's table layout grows with the rows times the rows of their section (setting
     * the section's cell widths dominated a profile of the 5,126 approvals of a year: 19 s); sections of a hundred rows
     * keep it linear, in one table whose heading still repeats on every page.
     */
    static final int CHUNK = 100;
    /**
     * The width of the totals row's first cell ("Total" as the document's template prints it in Vietnamese): the same
     * letters without their tone and vowel marks, which take no width of their own.
     */
    private static final String TOTAL = "Tong cong";
    /** The width a table is printed in: A4 landscape less the margins of Decree 30 (30 mm left, 15 mm right). */
    static final double TABLE_WIDTH_MM = 297 - 30 - 15;
    /** The tables' type, and the smaller type of a wide table (more columns than {@link #WIDE}). */
    static final double TYPE_PT = 9;
    static final double SMALL_TYPE_PT = 8;
    static final int WIDE = 7;

    private final DocumentTemplates templates;
    private final AdminUnits units;

    ReportPrint(DocumentTemplates templates, AdminUnits units) {
        this.templates = templates;
        this.units = units;
    }

    /** The whole document as XHTML. */
    String xhtml(ReportDocument document) {
        return xhtml(document, units.find(UnitSet.CURRENT, units.deploymentProvinceCode()).orElse(null));
    }

    private String xhtml(ReportDocument document, @org.jspecify.annotations.Nullable AdminUnit province) {
        return templates.render("reporting/official/document", model(document, province), ReportFigures.VI);
    }

    /** What goes inside a page's content: the document's body (its style included), without html and head. */
    String preview(ReportDocument document) {
        String whole = xhtml(document);
        int from = whole.indexOf("<style id=\"report-style\"");
        String style = whole.substring(from, whole.indexOf("</style>", from) + "</style>".length());
        int start = whole.indexOf('>', whole.indexOf("<body")) + 1;
        int end = whole.lastIndexOf("</body>");
        return style + whole.substring(start, end);
    }

    void pdf(ReportDocument document, OutputStream out) throws IOException {
        pdf(document, out, JobProgress.NONE);
    }

    /**
     * The PDF, telling {@code progress} as it goes: the XHTML, the layout of every page, the pages written. The fonts'
     * bytes are read once for the application; the renderer still subsets them for each document.
     */
    void pdf(ReportDocument document, OutputStream out, JobProgress progress) throws IOException {
        render(xhtml(document), out, progress);
    }

    /**
     * Prints a document without reading the province's name (no database), as the warm-up after start does: the
     * renderer's classes loaded, its fonts parsed, its hot paths compiled before the first person waits for a PDF.
     */
    void pdfUnnamed(ReportDocument document, OutputStream out) throws IOException {
        render(xhtml(document, null), out, JobProgress.NONE);
    }

    private void render(String xhtml, OutputStream out, JobProgress progress) throws IOException {
        progress.at("LAYOUT", 45);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(ReportFonts.REGULAR.bytes()), ReportFonts.FAMILY, 400,
                PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ReportFonts.BOLD.bytes()), ReportFonts.FAMILY, 700,
                PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ReportFonts.ITALIC.bytes()), ReportFonts.FAMILY, 400,
                PdfRendererBuilder.FontStyle.ITALIC, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            progress.at("WRITING", 75);
            renderer.createPDF();
        }
    }

    /** The issuing body's name as the province is called ("Tỉnh Phú Thọ"). */
    String province() {
        return units.find(UnitSet.CURRENT, units.deploymentProvinceCode()).map(AdminUnit::fullNameVi).orElse("");
    }

    private Map<String, Object> model(ReportDocument document,
                                      @org.jspecify.annotations.Nullable AdminUnit province) {
        Map<String, Object> model = new HashMap<>();
        model.put("document", document);
        model.put("report", document.report().name());
        model.put("province", province == null ? "" : province.fullNameVi());
        model.put("place", province == null ? "" : province.nameVi());
        String full = province == null ? "" : province.fullNameVi();
        model.put("provinceInText", full.isEmpty() ? "" : full.substring(0, 1).toLowerCase(ReportFigures.VI)
                + full.substring(1));
        LocalDate day = document.asOf();
        model.put("day", String.format("%02d", day.getDayOfMonth()));
        model.put("month", String.format("%02d", day.getMonthValue()));
        model.put("year", Integer.toString(day.getYear()));
        model.put("tables", document.tables().stream().map(ReportPrint::printed).toList());
        return model;
    }

    static PrintedTable printed(ReportTable table) {
        List<Column> columns = table.columns();
        List<List<PrintedCell>> cells = new ArrayList<>(table.rows().size());
        for (List<String> values : table.rows()) {
            List<PrintedCell> row = new ArrayList<>(values.size());
            for (int c = 0; c < values.size(); c++) {
                row.add(cell(columns.get(c).type(), values.get(c)));
            }
            cells.add(row);
        }
        List<PrintedCell> totals = null;
        if (table.hasTotals()) {
            totals = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                BigDecimal total = c == 0 ? null : table.total(c);
                totals.add(total == null ? new PrintedCell("", false, false)
                        : cell(columns.get(c).type(), total.toPlainString()));
            }
        }
        int[] printedIn = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            printedIn[c] = c == 0 ? 0 : columns.get(c).under() ? printedIn[c - 1] : printedIn[c - 1] + 1;
        }
        List<String> headings = columns.stream().map(Column::heading).toList();
        boolean small = printedIn[columns.size() - 1] + 1 > WIDE;
        List<Double> widths = ColumnWidths.of(TABLE_WIDTH_MM, small ? SMALL_TYPE_PT : TYPE_PT, headings,
                columns.stream().map(c -> c.type() == ColumnType.TEXT).toList(), new TextCells(cells),
                totals == null ? null : totalsTexts(totals), printedIn);
        List<List<PrintedCell>> rows = new ArrayList<>(cells.size());
        for (List<PrintedCell> row : cells) {
            rows.add(stacked(row, columns));
        }
        List<PrintedCell> headingCells = stacked(headings.stream().map(h -> new PrintedCell(h, false, false))
                .toList(), columns);
        return new PrintedTable(table.key(), table.title(), headingCells,
                widths.stream().map(w -> w + "%").toList(), small, rows,
                totals == null ? null : stacked(totals, columns), table.note());
    }

    /** A row's cells as printed: a column printed under the previous one joins its cell. */
    private static List<PrintedCell> stacked(List<PrintedCell> row, List<Column> columns) {
        List<PrintedCell> printed = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            PrintedCell cell = row.get(c);
            if (c > 0 && columns.get(c).under()) {
                printed.set(printed.size() - 1, printed.get(printed.size() - 1).withUnder(cell.text()));
            } else {
                printed.add(cell);
            }
        }
        return printed;
    }

    private static List<String> totalsTexts(List<PrintedCell> totals) {
        List<String> texts = new ArrayList<>(totals.stream().map(PrintedCell::text).toList());
        texts.set(0, TOTAL);
        return texts;
    }

    /** The printed rows' texts, without copying them. */
    private static final class TextCells extends java.util.AbstractList<List<String>> {

        private final List<List<PrintedCell>> rows;

        TextCells(List<List<PrintedCell>> rows) {
            this.rows = rows;
        }

        @Override
        public List<String> get(int index) {
            List<PrintedCell> row = rows.get(index);
            return new java.util.AbstractList<>() {
                @Override
                public String get(int c) {
                    return row.get(c).text();
                }

                @Override
                public int size() {
                    return row.size();
                }
            };
        }

        @Override
        public int size() {
            return rows.size();
        }
    }

    static PrintedCell cell(ColumnType type, String value) {
        if (value == null || value.isEmpty()) {
            return new PrintedCell("", type.numeric(), false);
        }
        return switch (type) {
            case COUNT, VND -> new PrintedCell(format("#,##0", value), true, false);
            case USD -> new PrintedCell(format("#,##0.00", value), true, false);
            case RATE -> new PrintedCell(format("#,##0.####", value), true, false);
            case DATE -> new PrintedCell(LocalDate.parse(value).format(DAY), false, true);
            case TEXT -> new PrintedCell(value, false, false);
        };
    }

    /** Vietnamese notation: 1.234.567,89. */
    private static String format(String pattern, String value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(ReportFigures.VI);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(new BigDecimal(value));
    }

    /**
     * A table as printed: cells formatted, the totals row (null when none) added up, each column's width measured from
     * its content (percent of the table, for a fixed layout), a wide table in smaller type.
     */
    public record PrintedTable(String key, String title, List<PrintedCell> headings, List<String> widths, boolean small,
                               List<List<PrintedCell>> rows, List<PrintedCell> totals, String note) {

        /** The rows in groups of {@link #CHUNK}, each printed as a table section of its own. */
        public List<List<List<PrintedCell>>> chunks() {
            List<List<List<PrintedCell>>> chunks = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            }
            return chunks;
        }
    }

    /**
     * A formatted cell; numbers are set right, days kept on one line.
     *
     * @param under the value of a column printed under this one, in the same cell, or null
     */
    public record PrintedCell(String text, @org.jspecify.annotations.Nullable String under, boolean number,
                              boolean day) {

        PrintedCell(String text, boolean number, boolean day) {
            this(text, null, number, day);
        }

        PrintedCell withUnder(String value) {
            return new PrintedCell(text, value, number, day);
        }

        /** The cell's class in the document's style: "s" when a second value is set under the first. */
        public @org.jspecify.annotations.Nullable String css() {
            String kind = number ? "n" : day ? "d" : null;
            return under == null ? kind : kind == null ? "s" : kind + " s";
        }

        /**
         * The cell's text, a second value on a line of its own (a line break the style keeps, rather than an element
         * of its own: one less element to style in each of thousands of rows).
         */
        public String printed() {
            return under == null ? text : text + "\n" + under;
        }
    }
}
