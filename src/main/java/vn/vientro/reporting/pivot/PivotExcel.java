package vn.vientro.reporting.pivot;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A pivot as a spreadsheet: its title, period and filters, then the table as on the page (row keys, a block of
 * measures per column, the totals), every line, not only those the page shows. Amounts stay numbers; totals are the
 * database's figures for the whole group (an item in two sectors counts once), not formulas over the cells.
 */
@Component
class PivotExcel {

    private final MessageSource messages;

    PivotExcel(MessageSource messages) {
        this.messages = messages;
    }

    void write(PivotTable table, Locale locale, OutputStream out) throws IOException {
        PivotQuery query = table.query();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(text("reporting.pivot.excel.sheet", locale));
            Styles styles = new Styles(workbook);
            int keys = query.rows().size();
            int measures = query.measures().size();
            int width = keys + (table.columns().size() + 1) * measures;
            Row title = sheet.createRow(0);
            cell(title, 0, text("reporting.pivot.excel.title", locale,
                    messages.getMessage(query.period().label(), locale)), styles.title);
            Row currency = sheet.createRow(1);
            cell(currency, 0, text("reporting.pivot.excel.currency." + query.currency().name(), locale), null);

            Row columnHeadings = sheet.createRow(3);
            Row measureHeadings = sheet.createRow(4);
            for (int k = 0; k < keys; k++) {
                cell(columnHeadings, k, text("reporting.pivot.dimension." + query.rows().get(k).name(), locale),
                        styles.heading);
                cell(measureHeadings, k, "", styles.heading);
            }
            int c = keys;
            for (PivotTable.Label column : table.columns()) {
                c = block(sheet, columnHeadings, measureHeadings, c, column.text(), query, locale, styles);
            }
            block(sheet, columnHeadings, measureHeadings, c, text("reporting.pivot.total", locale), query, locale,
                    styles);
            sheet.createFreezePane(keys, 5);

            int r = 5;
            for (PivotTable.Line line : table.lines()) {
                Row row = sheet.createRow(r++);
                for (int k = 0; k < keys; k++) {
                    cell(row, k, line.keys().get(k).text(), null);
                }
                int col = keys;
                for (List<BigDecimal> cellValues : line.cells()) {
                    col = numbers(row, col, cellValues, query, styles);
                }
                numbers(row, col, line.total(), query, styles);
            }
            Row totals = sheet.createRow(r);
            cell(totals, 0, text("reporting.pivot.total", locale), styles.heading);
            int col = keys;
            for (List<BigDecimal> columnTotal : table.columnTotals()) {
                col = numbers(totals, col, columnTotal, query, styles);
            }
            numbers(totals, col, table.grandTotal(), query, styles);

            for (int k = 0; k < width; k++) {
                sheet.setColumnWidth(k, (k < keys ? 40 : 18) * 256);
            }
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.setPrintArea(0, 0, width - 1, 0, r);
            workbook.write(out);
        }
    }

    private int block(SXSSFSheet sheet, Row columnHeadings, Row measureHeadings, int first, String heading,
                      PivotQuery query, Locale locale, Styles styles) {
        int measures = query.measures().size();
        cell(columnHeadings, first, heading, styles.heading);
        for (int m = 0; m < measures; m++) {
            if (m > 0) {
                cell(columnHeadings, first + m, "", styles.heading);
            }
            cell(measureHeadings, first + m, text("reporting.pivot.measure." + query.measures().get(m).name(),
                    locale), styles.heading);
        }
        if (measures > 1) {
            sheet.addMergedRegion(new CellRangeAddress(3, 3, first, first + measures - 1));
        }
        return first + measures;
    }

    private static int numbers(Row row, int first, List<BigDecimal> values, PivotQuery query, Styles styles) {
        for (int m = 0; m < values.size(); m++) {
            Cell cell = row.createCell(first + m);
            cell.setCellValue(values.get(m).doubleValue());
            cell.setCellStyle(query.measures().get(m).money() && query.currency() == PivotCurrency.USD
                    ? styles.cents : styles.whole);
        }
        return first + values.size();
    }

    private static void cell(Row row, int column, String value, @Nullable CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle whole;
        final CellStyle cents;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            cents = workbook.createCellStyle();
            cents.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }
    }
}
