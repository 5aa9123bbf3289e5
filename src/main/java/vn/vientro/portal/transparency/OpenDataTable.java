package vn.vientro.portal.transparency;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An open-data file's content: its stable column names and its rows, written as CSV (RFC 4180) or as the objects of
 * the JSON file, numbers as plain numbers, other values as text.
 */
record OpenDataTable(List<String> columns, List<List<@Nullable Object>> rows) {

    /** The table with the pages' addresses (columns named {@code url_...}) made absolute on the site at {@code base}. */
    OpenDataTable at(String base) {
        return new OpenDataTable(columns, rows.stream().map(row -> {
            List<@Nullable Object> absolute = new java.util.ArrayList<>(row);
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).startsWith("url_") && absolute.get(i) != null) {
                    absolute.set(i, base + absolute.get(i));
                }
            }
            return absolute;
        }).toList());
    }

    /** The header and the rows, each line ended by CRLF. */
    String csv() {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (List<@Nullable Object> row : rows) {
            csv.append(row.stream().map(value -> value == null ? ""
                            : value instanceof BigDecimal number ? number.toPlainString()
                            : value instanceof Number number ? number.toString()
                            : OpenDataRow.quoted(value.toString()))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    List<Map<String, @Nullable Object>> json() {
        return rows.stream().map(row -> {
            Map<String, @Nullable Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object value = row.get(i);
                object.put(columns.get(i), value == null || value instanceof Number ? value : value.toString());
            }
            return object;
        }).toList();
    }
}
