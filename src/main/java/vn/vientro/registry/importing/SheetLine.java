package vn.vientro.registry.importing;

import java.util.List;

/** One row of the sheet as the user sees it: its row number (from 1) and the text of its cells, left to right. */
record SheetLine(int number, List<String> cells) {

    SheetLine {
        cells = List.copyOf(cells);
    }

    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
