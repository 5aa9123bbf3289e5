package vn.vientro.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx workbook as a stream of SAX events, so a large sheet never sits in memory as
 * a tree. Formulas are never evaluated: each formula cell gives the value Excel cached when it saved the file.
 */
final class XlsxLines {

    /** Excel's own files inflate 5 to 20 times; a zip bomb inflates a thousand times or more. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Ten thousand rows of the template's eighteen columns stay far below this, formatting included. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    private static final String ZIP_BOMB = "Zip bomb detected";
    /** Cells further right are the user's own notes beside the table, whatever columns were inserted. */
    private static final int MAX_COLUMNS = 64;
    private static final List<String> WORKBOOK_PARTS = Stream.of(XSSFRelation.WORKBOOK, XSSFRelation.MACROS_WORKBOOK,
                    XSSFRelation.TEMPLATE_WORKBOOK, XSSFRelation.MACRO_TEMPLATE_WORKBOOK)
            .map(XSSFRelation::getContentType).toList();

    static {
        // Process-wide POI settings; they only bound reading, and no other feature reads workbooks yet.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxLines() {
    }

    /** @throws ImportRefusedException for a zip bomb, a package that is no workbook, or too many rows */
    static List<SheetLine> read(byte[] content, int maxLines) {
        @Nullable Path file = null;
        try {
            // From a file the package inflates only the entries asked for, one at a time, through ZipSecureFile.
            file = Files.createTempFile("vientro-import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return firstSheet(workbook, maxLines);
            }
        } catch (ImportRefusedException e) {
            throw e;
        } catch (Exception e) { // POI reports a broken or hostile package with many unrelated exception types
            throw new ImportRefusedException(isZipBomb(e) ? "registry.import.file.zipBomb"
                    : "registry.import.file.notWorkbook");
        } finally {
            deleteQuietly(file);
        }
    }

    private static List<SheetLine> firstSheet(OPCPackage workbook, int maxLines) throws Exception {
        // A Word or PowerPoint file is an OOXML package too; only a workbook part makes it a spreadsheet.
        if (WORKBOOK_PARTS.stream().allMatch(type -> workbook.getPartsByContentType(type).isEmpty())) {
            throw new ImportRefusedException("registry.import.file.notWorkbook");
        }
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new ImportRefusedException("registry.import.file.noRows");
        }
        Lines lines = new Lines(maxLines);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                new ReadOnlySharedStringsTable(workbook), lines, new PlainNumbers(), false));
        try (InputStream sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        }
        return lines.lines;
    }

    /** POI signals a zip bomb with a plain IOException, somewhere down the cause chain; its text is the only mark. */
    private static boolean isZipBomb(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(ZIP_BOMB)) {
                return true;
            }
        }
        return false;
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Collects the non-blank rows with their sheet row numbers. */
    private static final class Lines implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int maxLines;
        private final List<SheetLine> lines = new ArrayList<>();
        private final List<String> cells = new ArrayList<>();
        private int column;

        Lines(int maxLines) {
            this.maxLines = maxLines;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            SheetLine line = new SheetLine(rowNum + 1, cells);
            if (line.blank()) {
                return;
            }
            if (lines.size() >= maxLines) {
                throw new ImportRefusedException("registry.import.file.tooManyRows", maxLines - 1);
            }
            lines.add(line);
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS || column < cells.size()) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /**
     * Numbers in "General" format as typed, not as Excel displays them: 849123456789 stays a phone number instead
     * of becoming 8.49123E+11, and 2.1 stays the priority field 2.1.
     */
    private static final class PlainNumbers extends DataFormatter {

        PlainNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
