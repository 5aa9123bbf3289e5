package vn.vientro.mobilisation.catalogue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An approved version as the official table (danh mục dự án kêu gọi vận động viện trợ): title and decision line, then
 * STT, project, place, field, objectives, total cost, counterpart funds and proposing agency, grouped by priority
 * field, with the totals. Written in the reader's language; amounts stay numbers a spreadsheet adds up.
 */
@Component
class CatalogueExcel {

    static final List<String> COLUMNS = List.of("number", "title", "place", "field", "objectives", "cost",
            "counterpart", "agency");
    private static final int[] WIDTHS = {6, 40, 30, 22, 50, 20, 20, 30};
    private static final int CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final CatalogueNames names;
    private final MessageSource messages;

    CatalogueExcel(CatalogueNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    void write(VersionView version, Locale locale, OutputStream out) throws IOException {
        VersionHeader header = version.header();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(text("mobilisation.catalogue.excel.sheet", locale, header.years()));
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            merged(sheet, 0, text("mobilisation.catalogue.excel.title", locale, header.years()), styles.title);
            merged(sheet, 1, text("mobilisation.catalogue.excel.decision", locale, header.decisionNumber(),
                    header.decisionDate()), styles.subtitle);
            Row headings = sheet.createRow(3);
            for (int c = 0; c < COLUMNS.size(); c++) {
                cell(headings, c, text("mobilisation.catalogue.column." + COLUMNS.get(c), locale), styles.heading);
            }
            sheet.createFreezePane(0, 4);
            int row = 4;
            String field = null;
            int group = 0;
            for (CatalogueLine line : names.lines(version.listed(), locale)) {
                if (!line.field().equals(field)) {
                    field = line.field();
                    merged(sheet, row++, roman(++group) + ". " + field, styles.group);
                }
                line(sheet.createRow(row++), line, locale, styles);
            }
            Row totals = sheet.createRow(row);
            cell(totals, 0, "", styles.total);
            cell(totals, 1, text("mobilisation.catalogue.total", locale, version.listed().size()), styles.total);
            for (int c = 2; c < COLUMNS.size(); c++) {
                cell(totals, c, "", styles.total);
            }
            amount(totals, 5, version.total(CatalogueEntry::cost), styles.totalAmount);
            amount(totals, 6, version.total(CatalogueEntry::counterpart), styles.totalAmount);
            workbook.write(out);
        }
    }

    private void line(Row row, CatalogueLine line, Locale locale, Styles styles) {
        CatalogueEntry entry = line.entry();
        row.createCell(0).setCellValue(line.number());
        row.getCell(0).setCellStyle(styles.text);
        cell(row, 1, entry.title(locale), styles.text);
        cell(row, 2, line.places(), styles.text);
        cell(row, 3, line.sectors().isEmpty() ? line.field() : line.field() + " (" + line.sectors() + ")",
                styles.text);
        cell(row, 4, entry.objectives(locale), styles.text);
        amount(row, 5, entry.cost(), styles.amount);
        amount(row, 6, entry.counterpart(), styles.amount);
        cell(row, 7, line.agency(), styles.text);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static void merged(SXSSFSheet sheet, int index, String text, CellStyle style) {
        cell(sheet.createRow(index), 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, COLUMNS.size() - 1));
    }

    /** A text cell; a text longer than a cell takes is cut, so no content makes the export fail. */
    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text.length() <= CELL_TEXT ? text : text.substring(0, CELL_TEXT - 1) + "\u2026");
        cell.setCellStyle(style);
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** Groups are numbered I, II, III as in the province's tables. */
    static String roman(int number) {
        String[] tens = {"", "X", "XX", "XXX", "XL", "L"};
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return number >= 60 ? Integer.toString(number) : tens[number / 10] + units[number % 10];
    }

    /** The table's styles: a VND amount shows without decimals and with the currency. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle heading;
        final CellStyle group;
        final CellStyle text;
        final CellStyle amount;
        final CellStyle total;
        final CellStyle totalAmount;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            short vnd = workbook.createDataFormat().getFormat("#,##0 \"₫\"");
            title = style(workbook, bold, false);
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = style(workbook, italic, false);
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            heading = style(workbook, bold, true);
            heading.setAlignment(HorizontalAlignment.CENTER);
            group = style(workbook, bold, true);
            text = style(workbook, null, true);
            amount = style(workbook, null, true);
            amount.setDataFormat(vnd);
            total = style(workbook, bold, true);
            totalAmount = style(workbook, bold, true);
            totalAmount.setDataFormat(vnd);
        }

        private static CellStyle style(SXSSFWorkbook workbook, @org.jspecify.annotations.Nullable Font font,
                                       boolean bordered) {
            CellStyle style = workbook.createCellStyle();
            if (font != null) {
                style.setFont(Objects.requireNonNull(font));
            }
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
