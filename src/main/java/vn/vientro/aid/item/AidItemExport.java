package vn.vientro.aid.item;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the aid list as an Excel sheet, streaming rows so that a national list does not sit in memory. Its columns
 * are the code, the fields {@link ItemDescription} marks for export in their order, then where each item stands in
 * its procedure. It carries only what the list shows: never opinions or other working papers.
 */
@Component
class AidItemExport {

    private static final int PAGE = 500;
    private static final List<String> STANDING = List.of("aid.item.status", "aid.export.vnd", "aid.export.approvedOn",
            "aid.item.stageDue", "aid.item.overdue");

    private final AidPortfolio portfolio;
    private final AidItemQueries queries;
    private final FieldDisplay display;
    private final MessageSource messages;

    AidItemExport(AidPortfolio portfolio, AidItemQueries queries, FieldDisplay display, MessageSource messages) {
        this.portfolio = portfolio;
        this.queries = queries;
        this.display = display;
        this.messages = messages;
    }

    void write(AidItemFilter filter, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = new Sheet(workbook, messages.getMessage("aid.items.title", null, locale),
                    messages.getMessage("aid.export.cut", null, locale));
            List<ItemField> fields = ItemFields.exported();
            List<String> headings = new ArrayList<>();
            headings.add(messages.getMessage("aid.item.code", null, locale));
            fields.forEach(field -> headings.add(messages.getMessage(field.labelKey(), null, locale)));
            STANDING.forEach(key -> headings.add(messages.getMessage(key, null, locale)));
            sheet.heading(headings);
            int page = 0;
            AidItemPage result;
            do {
                result = portfolio.list(filter.atPage(page++, PAGE));
                Map<Long, ItemDescription> descriptions = queries.descriptions(
                        result.rows().stream().map(AidItemRow::id).toList());
                for (AidItemRow item : result.rows()) {
                    List<@Nullable Object> cells = new ArrayList<>();
                    cells.add(item.code());
                    ItemDescription description = descriptions.get(item.id());
                    fields.forEach(field -> cells.add(cell(field, field.valueOf(description), locale)));
                    cells.add(messages.getMessage("aid.status." + item.status(), null, locale));
                    cells.add(item.totalVnd());
                    cells.add(item.approvedOn());
                    cells.add(item.stageDueOn());
                    cells.add(item.overdue() ? messages.getMessage("aid.item.overdue", null, locale) : "");
                    sheet.line(cells);
                }
            } while (result.hasNext());
            sheet.finish(headings.size());
            workbook.write(out);
        }
    }

    /** The text as a cell holds it: cut, ending with the mark, when it is longer than a cell takes. */
    static String fitting(String text, String cutMark) {
        return text.length() <= Sheet.CELL_TEXT ? text
                : text.substring(0, Sheet.CELL_TEXT - cutMark.length()) + cutMark;
    }

    /** Amounts, counts and dates stay numbers and dates a spreadsheet computes with; the rest reads as on the page. */
    private @Nullable Object cell(ItemField field, @Nullable Object value, Locale locale) {
        return switch (field.input()) {
            case DECIMAL, NUMBER, DATE -> value;
            default -> display.show(field, value, locale);
        };
    }

    /**
     * The sheet being written, with its styles. A text longer than a cell holds (32,767 characters, which no
     * bounded field reaches today) is cut and ends with the mark, so no content can make the export fail.
     */
    private static final class Sheet {

        private static final int CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

        private final SXSSFSheet sheet;
        private final String cutMark;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle amount;
        private int rows;

        Sheet(SXSSFWorkbook workbook, String name, String cutMark) {
            sheet = workbook.createSheet(name);
            this.cutMark = cutMark;
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        }

        void heading(List<String> headings) {
            Row row = sheet.createRow(rows++);
            for (int c = 0; c < headings.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(headings.get(c));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
        }

        void line(List<@Nullable Object> values) {
            Row row = sheet.createRow(rows++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof BigDecimal number) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(amount);
                } else if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.longValue());
                } else if (value instanceof LocalDate day) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value != null) {
                    row.createCell(c).setCellValue(fitting(value.toString(), cutMark));
                }
            }
        }

        void finish(int columns) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
        }
    }
}
