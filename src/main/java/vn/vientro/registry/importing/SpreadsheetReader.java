package vn.vientro.registry.importing;

import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Turns an uploaded file into sheet rows. The type comes from the content (Tika's magic bytes), never from the
 * file name, so a PDF or picture renamed to .xlsx is refused before any parser sees it.
 */
final class SpreadsheetReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    /** Tika names OOXML packages by their first entry; a zip written by another tool may only be "zip". */
    private static final Set<String> WORKBOOK_TYPES = Set.of("application/x-tika-ooxml", "application/zip",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv");

    private SpreadsheetReader() {
    }

    /** The non-blank rows, header included. @throws ImportRefusedException when the file cannot be imported at all */
    static List<SheetLine> read(byte[] content) {
        if (content.length == 0) {
            throw new ImportRefusedException("registry.import.file.noRows");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportRefusedException("registry.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = Detector.TIKA.detect(content);
        if (WORKBOOK_TYPES.contains(type)) {
            return XlsxLines.read(content, MAX_ROWS + 1);
        }
        if (TEXT_TYPES.contains(type)) {
            return CsvLines.read(content, MAX_ROWS + 1);
        }
        throw new ImportRefusedException("registry.import.file.type", type);
    }

    /** Tika reads its whole type catalogue when made: on the first upload, not while the application starts. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }
}
