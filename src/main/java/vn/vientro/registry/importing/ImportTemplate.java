package vn.vientro.registry.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.registry.OrganisationKind;

/**
 * The files users fill in: an .xlsx with the data sheet first (the only one read back), a guide sheet explaining
 * each column with the short code lists, and sheets with the long ones; or a CSV with the header line only.
 */
@Component
class ImportTemplate {

    private final ImportVocabulary vocabulary;
    private final Codelists codelists;
    private final PriorityFields priorityFields;

    ImportTemplate(ImportVocabulary vocabulary, Codelists codelists, PriorityFields priorityFields) {
        this.vocabulary = vocabulary;
        this.codelists = codelists;
        this.priorityFields = priorityFields;
    }

    /** UTF-8 with a byte-order mark, which Excel needs to show Vietnamese letters in a CSV. */
    byte[] csv(Locale locale) {
        String header = vocabulary.headers(locale).values().stream().map(ImportTemplate::quoted)
                .collect(Collectors.joining(","));
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            dataSheet(workbook, locale, bold);
            guideSheet(workbook, locale, bold);
            codeSheet(workbook, locale, bold, "registry.import.template.sheet.countries",
                    codelists.active(Codelists.COUNTRY));
            List<CodelistItem> sectors = new java.util.ArrayList<>(codelists.active(Codelists.SECTOR_CATEGORY));
            sectors.addAll(codelists.active(Codelists.SECTOR));
            codeSheet(workbook, locale, bold, "registry.import.template.sheet.sectors", sectors);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell formatted as text, so Excel keeps the zeros of "0912 ..." and "00004" and never reads a date. */
    private void dataSheet(XSSFWorkbook workbook, Locale locale, CellStyle bold) {
        Sheet sheet = workbook.createSheet(sheetName("registry.import.template.sheet.data", locale));
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        Row header = sheet.createRow(0);
        for (ImportColumn column : ImportColumn.values()) {
            int index = column.ordinal();
            header.createCell(index).setCellValue(vocabulary.header(column, locale));
            header.getCell(index).setCellStyle(bold);
            sheet.setDefaultColumnStyle(index, text);
            sheet.setColumnWidth(index, 22 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void guideSheet(XSSFWorkbook workbook, Locale locale, CellStyle bold) {
        Sheet sheet = workbook.createSheet(sheetName("registry.import.template.sheet.guide", locale));
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        int row = line(sheet, 0, bold, vocabulary.text("registry.import.template.guide.intro", locale), "");
        row = line(sheet, row + 1, bold, vocabulary.text("registry.import.template.guide.column", locale),
                vocabulary.text("registry.import.template.guide.explanation", locale));
        for (ImportColumn column : ImportColumn.values()) {
            row = line(sheet, row, null, vocabulary.header(column, locale), vocabulary.text(column.hintKey(), locale));
        }
        row = line(sheet, row + 1, bold, vocabulary.header(ImportColumn.KIND, locale), "");
        for (OrganisationKind kind : OrganisationKind.values()) {
            row = line(sheet, row, null, kind.name(), vocabulary.kindLabel(kind, locale));
        }
        row = line(sheet, row + 1, bold, vocabulary.header(ImportColumn.PRIORITY_FIELDS, locale), "");
        for (PriorityField field : priorityFields.all()) {
            row = line(sheet, row, null, field.code(), field.name(locale));
        }
        row = line(sheet, row + 1, bold, vocabulary.header(ImportColumn.IATI_ORG_TYPE, locale), "");
        for (CodelistItem type : codelists.active(Codelists.ORGANISATION_TYPE)) {
            row = line(sheet, row, null, type.code(), type.name(locale));
        }
    }

    private void codeSheet(XSSFWorkbook workbook, Locale locale, CellStyle bold, String nameKey,
                           List<CodelistItem> items) {
        Sheet sheet = workbook.createSheet(sheetName(nameKey, locale));
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        int row = line(sheet, 0, bold, vocabulary.text("registry.import.template.code", locale),
                vocabulary.text("registry.import.template.name", locale));
        for (CodelistItem item : items) {
            row = line(sheet, row, null, item.code(), item.name(locale));
        }
    }

    private static int line(Sheet sheet, int index, @org.jspecify.annotations.Nullable CellStyle style, String first,
                            String second) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(first);
        row.createCell(1).setCellValue(second);
        if (style != null) {
            row.getCell(0).setCellStyle(style);
            row.getCell(1).setCellStyle(style);
        }
        return index + 1;
    }

    private String sheetName(String key, Locale locale) {
        return WorkbookUtil.createSafeSheetName(vocabulary.text(key, locale));
    }

    private static String quoted(String header) {
        return header.contains(",") || header.contains("\"") ? "\"" + header.replace("\"", "\"\"") + "\"" : header;
    }
}
