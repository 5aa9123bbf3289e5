package vn.vientro.registry.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the spreadsheets the tests upload, in code: workbooks with POI, CSV as text, and a zip bomb. */
final class OrganisationSheets {

    /** The template's headers as codes, in template order. */
    static final List<String> CODES = Arrays.stream(ImportColumn.values()).map(ImportColumn::code).toList();

    /** A formula cell with the value Excel cached when it saved the file. */
    record Formula(String formula, Object cached) {
    }

    private OrganisationSheets() {
    }

    /** A workbook whose first sheet holds the header and the rows; a cell is a String, a Number or a Formula. */
    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tổ chức");
            write(sheet.createRow(0), List.copyOf(header));
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("not read");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(char separator, List<String> header, List<List<String>> rows) {
        String text = line(separator, header) + rows.stream().map(row -> line(separator, row))
                .collect(Collectors.joining());
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A real workbook whose sheet XML is replaced by {@code megabytes} MB of one letter, deflated a thousandfold. */
    static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        byte[] workbook = xlsx(CODES, List.of(List.of("FOREIGN_NGO", "Bomb")));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) 'A');
                    for (int i = 0; i < megabytes; i++) {
                        out.write(chunk);
                    }
                    out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bomb.toByteArray();
    }

    private static void write(Row row, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof Formula formula) {
                cell.setCellFormula(formula.formula());
                value = formula.cached();
            }
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static String line(char separator, List<String> cells) {
        return cells.stream().map(cell -> cell.contains(String.valueOf(separator)) || cell.contains("\"")
                        ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell)
                .collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }
}
