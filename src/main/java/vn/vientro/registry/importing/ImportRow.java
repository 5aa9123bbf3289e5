package vn.vientro.registry.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A data row of the sheet: its row number and the trimmed text of each recognised column (absent = blank). */
record ImportRow(int number, Map<ImportColumn, String> cells) {

    ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, or {@code null} when blank: a blank cell never changes the organisation. */
    @Nullable String text(ImportColumn column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    /** The codes of a list cell, or {@code null} when blank; Vietnamese 5-digit commune codes keep leading zeros. */
    @Nullable List<String> codes(ImportColumn column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return Arrays.stream(value.split("[;,\\s]+")).map(String::trim).filter(code -> !code.isEmpty())
                .map(code -> column == ImportColumn.COMMUNES ? communeCode(code) : code).toList();
    }

    /** Excel drops the zeros of "00004" typed into a number cell; commune codes are five digits. */
    private static String communeCode(String code) {
        return code.matches("\\d{1,4}") ? "0".repeat(5 - code.length()) + code : code;
    }
}
