package vn.vientro.reference;

import java.util.List;

/**
 * What a CSV import found and did. With any row problem nothing was written; otherwise every row was written in one
 * transaction.
 *
 * @param rows      data rows read (the header and blank lines not counted)
 * @param problems  every problem found, in file order
 * @param inserted  new currency-and-date rates
 * @param updated   existing currency-and-date rates whose value or source changed
 * @param unchanged rows identical to what was already stored
 */
public record RateImportReport(int rows, List<RowProblem> problems, int inserted, int updated, int unchanged) {

    public RateImportReport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }

    /**
     * One problem of one cell: {@code row} counts lines as a spreadsheet does (the header is row 1); {@code column} is
     * the header name, or empty when the problem concerns the whole row.
     */
    public record RowProblem(int row, String column, String messageKey, List<Object> arguments) {

        public RowProblem {
            arguments = List.copyOf(arguments);
        }

        public Object[] messageArguments() {
            return arguments.toArray();
        }
    }
}
