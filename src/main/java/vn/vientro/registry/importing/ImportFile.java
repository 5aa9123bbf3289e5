package vn.vientro.registry.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A readable upload: its data rows keyed by column, and what the header row says about columns that are ignored.
 * The header is the first non-blank row; any recognised header order works.
 */
record ImportFile(List<ImportRow> rows, List<RowProblem> headerProblems) {

    static ImportFile read(byte[] content, ImportVocabulary vocabulary) {
        return of(SpreadsheetReader.read(content), vocabulary);
    }

    /** @throws ImportRefusedException when no header is recognised or no data row follows it */
    static ImportFile of(List<SheetLine> lines, ImportVocabulary vocabulary) {
        if (lines.isEmpty()) {
            throw new ImportRefusedException("registry.import.file.noRows");
        }
        SheetLine header = lines.get(0);
        Map<Integer, ImportColumn> columns = new TreeMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            ImportColumn column = vocabulary.column(name).orElse(null);
            if (column == null) {
                problems.add(RowProblem.warning(header.number(), null, "registry.import.header.unknown", name));
            } else if (columns.containsValue(column)) {
                problems.add(RowProblem.warning(header.number(), column, "registry.import.header.twice", name));
            } else {
                columns.put(i, column);
            }
        }
        // Without either, a row can neither be matched to an organisation nor create one.
        if (!columns.containsValue(ImportColumn.NAME_ORIGINAL)
                && !columns.containsValue(ImportColumn.IATI_IDENTIFIER)) {
            throw new ImportRefusedException("registry.import.file.header");
        }
        List<ImportRow> rows = lines.subList(1, lines.size()).stream().map(line -> row(line, columns)).toList();
        if (rows.isEmpty()) {
            throw new ImportRefusedException("registry.import.file.noRows");
        }
        return new ImportFile(rows, problems);
    }

    private static ImportRow row(SheetLine line, Map<Integer, ImportColumn> columns) {
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        columns.forEach((index, column) -> {
            String value = line.cell(index).strip();
            if (!value.isEmpty()) {
                cells.put(column, value);
            }
        });
        return new ImportRow(line.number(), cells);
    }
}
