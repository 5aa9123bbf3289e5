package vn.vientro.reference.rate;

import java.util.ArrayList;
import java.util.List;

/**
 * One record of a CSV text (RFC 4180: quoted fields may hold the separator, doubled quotes and line breaks).
 * {@code number} counts records from 1 as a spreadsheet numbers its rows, blank lines included.
 */
record CsvRecord(int number, List<String> fields, boolean unclosedQuote) {

    boolean blank() {
        return fields.size() == 1 && fields.get(0).isBlank();
    }

    /** The field at {@code index}, or empty when the record is shorter. */
    String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    static List<CsvRecord> split(String text, char separator) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(new CsvRecord(number++, List.copyOf(fields), false));
                fields.clear();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = fieldStarted || !Character.isWhitespace(c);
            }
        }
        if (quoted || fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new CsvRecord(number, List.copyOf(fields), quoted));
        }
        return records;
    }
}
