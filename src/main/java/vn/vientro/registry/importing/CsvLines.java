package vn.vientro.registry.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: quoted cells may hold the separator, doubled quotes and line breaks). A record is one
 * sheet row, as a spreadsheet program shows it, so row numbers in the report match what the user sees.
 */
final class CsvLines {

    private CsvLines() {
    }

    /** @throws ImportRefusedException when the text is not UTF-8 or has more than {@code maxLines} non-blank records */
    static List<SheetLine> read(byte[] content, int maxLines) {
        String text = decode(content);
        char separator = separator(text);
        List<SheetLine> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                add(lines, number++, cells, maxLines);
                cells.clear();
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty() || quoted) {
            cells.add(cell.toString());
            add(lines, number, cells, maxLines);
        }
        return lines;
    }

    /** Keeps the non-blank records only, each with its row number; blank ones still count in the numbering. */
    private static void add(List<SheetLine> lines, int number, List<String> cells, int maxLines) {
        SheetLine line = new SheetLine(number, cells);
        if (line.blank()) {
            return;
        }
        if (lines.size() >= maxLines) {
            throw new ImportRefusedException("registry.import.file.tooManyRows", maxLines - 1);
        }
        lines.add(line);
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            // Windows-1258 and TCVN3 files from old Excel versions: ask for "CSV UTF-8" rather than guess.
            throw new ImportRefusedException("registry.import.file.encoding");
        }
    }

    /** Excel writes ";" where the decimal separator is a comma (Vietnamese settings), "," elsewhere. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
