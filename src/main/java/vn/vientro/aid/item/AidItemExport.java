package vn.vientro.aid.item;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the aid list as an Excel sheet, streaming rows so that a national list does not sit in memory. It carries
 * only what the list shows: never opinions or other working papers.
 */
@Component
class AidItemExport {

    private static final int PAGE = 1000;

    private final AidPortfolio portfolio;
    private final MessageSource messages;

    AidItemExport(AidPortfolio portfolio, MessageSource messages) {
        this.portfolio = portfolio;
        this.messages = messages;
    }

    void write(AidItemFilter filter, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(messages.getMessage("aid.items.title", null, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            String[] columns = {"aid.item.code", "aid.item.nameVi", "aid.item.nameEn", "aid.item.kind", "aid.item.status",
                    "aid.item.donor", "aid.item.owner", "aid.item.totalAmount", "aid.item.currency", "aid.export.vnd",
                    "aid.export.approvedOn", "aid.item.stageDue", "aid.item.overdue"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(messages.getMessage(columns[c], null, locale));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int rowNumber = 1;
            int page = 0;
            AidItemPage result;
            do {
                result = portfolio.list(new AidItemFilter(filter.status(), filter.kind(), filter.donorId(),
                        filter.priorityField(), filter.communeCode(), filter.year(), filter.waitingForMe(),
                        filter.overdue(), filter.text(), filter.sort(), page++, PAGE));
                for (AidItemRow r : result.rows()) {
                    Row row = sheet.createRow(rowNumber++);
                    row.createCell(0).setCellValue(r.code());
                    row.createCell(1).setCellValue(r.nameVi());
                    row.createCell(2).setCellValue(r.nameEn() == null ? "" : r.nameEn());
                    row.createCell(3).setCellValue(messages.getMessage("aid.kind." + r.kind(), null, locale));
                    row.createCell(4).setCellValue(messages.getMessage("aid.status." + r.status(), null, locale));
                    row.createCell(5).setCellValue(r.donorName());
                    row.createCell(6).setCellValue(r.ownerAgencyName());
                    Cell value = row.createCell(7);
                    value.setCellValue(r.totalAmount().doubleValue());
                    value.setCellStyle(amount);
                    row.createCell(8).setCellValue(r.totalCurrency());
                    if (r.totalVnd() != null) {
                        Cell vnd = row.createCell(9);
                        vnd.setCellValue(r.totalVnd().doubleValue());
                        vnd.setCellStyle(amount);
                    }
                    if (r.approvedOn() != null) {
                        Cell approved = row.createCell(10);
                        approved.setCellValue(r.approvedOn());
                        approved.setCellStyle(date);
                    }
                    if (r.stageDueOn() != null) {
                        Cell due = row.createCell(11);
                        due.setCellValue(r.stageDueOn());
                        due.setCellStyle(date);
                    }
                    row.createCell(12).setCellValue(r.overdue() ? messages.getMessage("aid.item.overdue", null, locale)
                            : "");
                }
            } while (result.hasNext());
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(rowNumber - 1, 0), 0,
                    columns.length - 1));
            workbook.write(out);
        }
    }
}
