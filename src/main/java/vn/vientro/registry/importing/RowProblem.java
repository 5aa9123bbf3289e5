package vn.vientro.registry.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One finding of the check or the import: the sheet row, the column (none for the whole row), and a message key
 * with its arguments, shown in the reader's language. Errors keep the row out; warnings only inform.
 */
record RowProblem(int row, @Nullable ImportColumn column, Severity severity, String messageKey,
                  List<String> arguments) {

    enum Severity { ERROR, WARNING }

    RowProblem {
        arguments = List.copyOf(arguments);
    }

    static RowProblem error(int row, @Nullable ImportColumn column, String messageKey, Object... arguments) {
        return new RowProblem(row, column, Severity.ERROR, messageKey, texts(arguments));
    }

    static RowProblem warning(int row, @Nullable ImportColumn column, String messageKey, Object... arguments) {
        return new RowProblem(row, column, Severity.WARNING, messageKey, texts(arguments));
    }

    boolean error() {
        return severity == Severity.ERROR;
    }

    /** For the page: {@code #messages.msgWithParams(problem.messageKey, problem.messageArguments)}. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }

    /** For the page: the header's message key, or {@code null} for the whole row. */
    public @Nullable String columnKey() {
        return column == null ? null : column.headerKey();
    }

    private static List<String> texts(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
