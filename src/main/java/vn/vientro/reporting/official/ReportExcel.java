package vn.vientro.reporting.official;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.platform.JobProgress;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;

/**
 * A report as an Excel workbook: a first sheet with the document's heading (issuer, motto, number, title, period), then
 * one sheet per table with Vietnamese headings frozen above the rows, totals as SUM formulas (so a reader who changes a
 * figure sees the total follow), money and days as numbers and dates, and each sheet set to print on A4 landscape,
 * one page wide, its heading repeated on every page.
 */
@Component
class ReportExcel {

    /** What an Excel cell holds at most; a longer text is cut and marked. */
    private static final int CELL_LIMIT = 32_767;
    private static final int HEADING_ROW = 3;
    /** Rows kept in memory per sheet while streaming; the rest are flushed to a temporary file. */
    private static final int WINDOW = 200;

    private final MessageSource messages;

    ReportExcel(MessageSource messages) {
        this.messages = messages;
    }

    void write(ReportDocument document, String issuerName, OutputStream out) throws IOException {
        write(document, issuerName, out, JobProgress.NONE);
    }

    /**
     * Writes the workbook, streamed (SXSSF: a window of rows in memory, the rest in a temporary file) so a table of
     * tens of thousands of rows needs no more memory than a short one; tells {@code progress} as rows are written.
     */
    void write(ReportDocument document, String issuerName, OutputStream out, JobProgress progress)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            cover(workbook, styles, document, issuerName);
            Set<String> names = new HashSet<>();
            Rows rows = new Rows(document.tables().stream().mapToInt(t -> t.rows().size()).sum(), progress);
            int n = 0;
            for (ReportTable table : document.tables()) {
                table(workbook, styles, document, table, sheetName(++n, table.title(), names), rows);
            }
            progress.at("WRITING", 90);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Counts the rows written and tells the progress at each whole percent of them, from 30 to 90. */
    private static final class Rows {

        private final int total;
        private final JobProgress progress;
        private int written;
        private int told = -1;

        Rows(int total, JobProgress progress) {
            this.total = total;
            this.progress = progress;
        }

        void written() {
            written++;
            int percent = 30 + (int) (60L * written / Math.max(1, total));
            if (percent != told) {
                told = percent;
                progress.at("DOCUMENT", percent);
            }
        }
    }

    private void cover(Workbook workbook, Styles styles, ReportDocument document, String issuerName) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(word("sheet.cover")));
        String[][] lines = {
                {issuerName.toUpperCase(ReportFigures.VI), word("nation")},
                {word("number", document.number() == null ? word("number.draft") : document.number()),
                        word("motto")},
                {"", word("dateline", document.asOf())},
        };
        for (int r = 0; r < lines.length; r++) {
            Row row = sheet.createRow(r);
            text(row, 0, lines[r][0], styles.centred);
            text(row, 3, lines[r][1], styles.centred);
        }
        Row title = sheet.createRow(4);
        text(title, 0, word("title." + document.report()).toUpperCase(ReportFigures.VI), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 6));
        Row period = sheet.createRow(5);
        text(period, 0, document.periodLabel(), styles.centred);
        sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 6));
        int r = 7;
        for (ReportTable table : document.tables()) {
            text(sheet.createRow(r++), 0, table.title(), null);
        }
        for (int c = 0; c < 7; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        page(sheet, 6, r, false);
    }

    private void table(Workbook workbook, Styles styles, ReportDocument document, ReportTable table, String name,
                       Rows written) {
        Sheet sheet = workbook.createSheet(name);
        List<Column> columns = table.columns();
        int last = columns.size() - 1;
        text(sheet.createRow(0), 0, table.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(last, 1)));
        text(sheet.createRow(1), 0, word("title." + document.report()) + " - " + document.periodLabel(), null);
        Row heading = sheet.createRow(HEADING_ROW);
        heading.setHeightInPoints(32);
        for (int c = 0; c <= last; c++) {
            text(heading, c, columns.get(c).heading(), styles.heading);
            sheet.setColumnWidth(c, width(columns.get(c)));
        }
        int r = HEADING_ROW + 1;
        for (List<String> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c <= last; c++) {
                cell(row, c, columns.get(c).type(), values.get(c), styles);
            }
            written.written();
        }
        int firstData = HEADING_ROW + 1;
        int lastData = r - 1;
        if (table.hasTotals()) {
            Row totals = sheet.createRow(r++);
            text(totals, 0, word("total"), styles.totalText);
            for (int c = 1; c <= last; c++) {
                Column column = columns.get(c);
                Cell cell = totals.createCell(c);
                if (column.total()) {
                    String letter = CellReference.convertNumToColString(c);
                    cell.setCellFormula("SUM(" + letter + (firstData + 1) + ":" + letter + (lastData + 1) + ")");
                    cell.setCellStyle(column.type() == ColumnType.USD ? styles.totalUsd : styles.totalWhole);
                } else {
                    cell.setCellStyle(styles.totalText);
                }
            }
        }
        if (!table.note().isEmpty()) {
            text(sheet.createRow(r++), 0, table.note(), styles.note);
        }
        sheet.createFreezePane(0, HEADING_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADING_ROW, HEADING_ROW, 0, last));
        page(sheet, last, r - 1, true);
    }

    private static void page(Sheet sheet, int lastColumn, int lastRow, boolean landscape) {
        Workbooks.printArea(sheet, lastColumn, lastRow);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private static void cell(Row row, int c, ColumnType type, String value, Styles styles) {
        if (value == null || value.isEmpty()) {
            row.createCell(c).setCellStyle(styles.text);
            return;
        }
        Cell cell = row.createCell(c);
        switch (type) {
            case COUNT, VND -> {
                cell.setCellValue(new BigDecimal(value).doubleValue());
                cell.setCellStyle(styles.whole);
            }
            case USD -> {
                cell.setCellValue(new BigDecimal(value).doubleValue());
                cell.setCellStyle(styles.usd);
            }
            case RATE -> {
                cell.setCellValue(new BigDecimal(value).doubleValue());
                cell.setCellStyle(styles.rate);
            }
            case DATE -> {
                cell.setCellValue(LocalDate.parse(value));
                cell.setCellStyle(styles.date);
            }
            case TEXT -> {
                cell.setCellValue(cut(value));
                cell.setCellStyle(styles.text);
            }
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(cut(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String cut(String value) {
        return value.length() <= CELL_LIMIT ? value : value.substring(0, CELL_LIMIT - 1) + "\u2026";
    }

    private static int width(Column column) {
        return switch (column.type()) {
            case TEXT -> 30 * 256;
            case DATE -> 12 * 256;
            case COUNT -> 10 * 256;
            default -> 18 * 256;
        };
    }

    private static String sheetName(int n, String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(n + ". " + title);
        String name = base.length() > 31 ? base.substring(0, 31) : base;
        taken.add(name.toLowerCase(ReportFigures.VI));
        return name;
    }

    private String word(String key, Object... arguments) {
        return messages.getMessage("reporting.official." + key, arguments, ReportFigures.VI);
    }

    /** The workbook's few styles, made once (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle centred;
        final CellStyle heading;
        final CellStyle text;
        final CellStyle note;
        final CellStyle whole;
        final CellStyle usd;
        final CellStyle rate;
        final CellStyle date;
        final CellStyle totalText;
        final CellStyle totalWhole;
        final CellStyle totalUsd;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            centred = workbook.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
            heading = bordered(workbook);
            heading.setFont(bold);
            heading.setWrapText(true);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            note = workbook.createCellStyle();
            note.setFont(italic);
            whole = number(workbook, "#,##0");
            usd = number(workbook, "#,##0.00");
            rate = number(workbook, "#,##0.####");
            date = bordered(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            totalText = bordered(workbook);
            totalText.setFont(bold);
            totalWhole = number(workbook, "#,##0");
            totalWhole.setFont(bold);
            totalUsd = number(workbook, "#,##0.00");
            totalUsd.setFont(bold);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static CellStyle number(Workbook workbook, String format) {
            CellStyle style = bordered(workbook);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }

    /** Setting a sheet's print area by its index. */
    private static final class Workbooks {

        static void printArea(Sheet sheet, int lastColumn, int lastRow) {
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, Math.max(lastColumn, 0), 0,
                    Math.max(lastRow, 0));
        }
    }
}
