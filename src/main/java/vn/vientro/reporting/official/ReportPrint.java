package vn.vientro.reporting.official;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.vientro.platform.DocumentTemplates;
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
    private static final String FAMILY = "DejaVu Serif";
    /**
     * Rows per table section. The renderer's table layout grows with the rows times the rows of their section (setting
     * the section's cell widths dominated a profile of the 5,126 approvals of a year: 19 s); sections of a hundred rows
     * keep it linear, in one table whose heading still repeats on every page.
     */
    static final int CHUNK = 100;
    private static final Font REGULAR = new Font("DejaVuSerif.ttf");
    private static final Font BOLD = new Font("DejaVuSerif-Bold.ttf");
    private static final Font ITALIC = new Font("DejaVuSerif-Italic.ttf");

    private final DocumentTemplates templates;
    private final AdminUnits units;

    ReportPrint(DocumentTemplates templates, AdminUnits units) {
        this.templates = templates;
        this.units = units;
    }

    /** The whole document as XHTML. */
    String xhtml(ReportDocument document) {
        return templates.render("reporting/official/document", model(document), ReportFigures.VI);
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
        pdf(document, out, ReportProgress.NONE);
    }

    /**
     * The PDF, telling {@code progress} as it goes: the XHTML, the layout of every page, the pages written. The fonts'
     * bytes are read once for the application; the renderer still subsets them for each document.
     */
    void pdf(ReportDocument document, OutputStream out, ReportProgress progress) throws IOException {
        String xhtml = xhtml(document);
        progress.at("LAYOUT", 45);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(REGULAR.get()), FAMILY, 400,
                PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD.get()), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL,
                true);
        builder.useFont(() -> new ByteArrayInputStream(ITALIC.get()), FAMILY, 400,
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

    private Map<String, Object> model(ReportDocument document) {
        Map<String, Object> model = new HashMap<>();
        AdminUnit province = units.find(UnitSet.CURRENT, units.deploymentProvinceCode()).orElse(null);
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
        List<List<PrintedCell>> rows = new ArrayList<>();
        for (List<String> values : table.rows()) {
            List<PrintedCell> row = new ArrayList<>();
            for (int c = 0; c < values.size(); c++) {
                row.add(cell(table.columns().get(c).type(), values.get(c)));
            }
            rows.add(row);
        }
        List<PrintedCell> totals = null;
        if (table.hasTotals()) {
            totals = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                BigDecimal total = c == 0 ? null : table.total(c);
                Column column = table.columns().get(c);
                totals.add(total == null ? new PrintedCell("", false, false) : cell(column.type(), total.toPlainString()));
            }
        }
        return new PrintedTable(table.key(), table.title(), table.columns().stream().map(Column::heading).toList(),
                rows, totals, table.note());
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

    /** A bundled font's bytes, read on first use and kept. */
    private static final class Font {

        private final String name;
        private volatile byte @Nullable [] bytes;

        Font(String name) {
            this.name = name;
        }

        byte[] get() {
            byte[] read = bytes;
            if (read == null) {
                try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
                    read = in.readAllBytes();
                } catch (IOException e) {
                    throw new IllegalStateException("bundled font missing: " + name, e);
                }
                bytes = read;
            }
            return read;
        }
    }

    /** A table as printed: cells formatted, the totals row (null when none) added up. */
    public record PrintedTable(String key, String title, List<String> headings, List<List<PrintedCell>> rows,
                               List<PrintedCell> totals, String note) {

        /** The rows in groups of {@link #CHUNK}, each printed as a table section of its own. */
        public List<List<List<PrintedCell>>> chunks() {
            List<List<List<PrintedCell>>> chunks = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            }
            return chunks;
        }
    }

    /** A formatted cell; numbers are set right, days kept on one line. */
    public record PrintedCell(String text, boolean number, boolean day) {

        /** The cell's class in the document's style. */
        public @org.jspecify.annotations.Nullable String css() {
            return number ? "n" : day ? "d" : null;
        }
    }
}
