package vn.vientro.reference.rate;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.vientro.reference.ExchangeRateDetails;
import vn.vientro.reference.RateImportReport.RowProblem;
import vn.vientro.reference.ReferenceProblem;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.DateText;
import vn.vientro.shared.DecimalText;

/**
 * Reads an exchange-rate CSV ({@code currency,date,vnd_per_unit,source}) and checks every cell, so the user gets
 * one report of everything to fix. A file that is not CSV text at all is refused as a whole.
 */
public final class RateCsvReader {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final List<String> HEADER = List.of("currency", "date", "vnd_per_unit", "source");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "currency", "currency", "rateDate", "date", "vndPerUnit", "vnd_per_unit", "source", "source");

    /** Rows that passed every check (none when any problem was found), the problems, and how many rows were read. */
    public record Result(List<ExchangeRateDetails> rows, List<RowProblem> problems, int rowsRead) {
    }

    private RateCsvReader() {
    }

    /** @throws BusinessRuleException (field {@code file}) for content that is no UTF-8 CSV text within the limits */
    /** @param latest the last date a rate may have (today in the province: a rate is published, never foretold) */
    public static Result read(byte[] content, LocalDate latest) {
        String text = decode(content);
        List<CsvRecord> records = CsvRecord.split(text, separator(text));
        Map<String, Integer> columns = header(records);
        List<CsvRecord> data = records.subList(1, records.size()).stream().filter(r -> !r.blank()).toList();
        if (data.isEmpty()) {
            throw refusal("reference.rate.import.noRows");
        }
        if (data.size() > MAX_ROWS) {
            throw refusal("reference.rate.import.tooManyRows", MAX_ROWS, data.size());
        }
        boolean decimalComma = data.stream().anyMatch(r -> r.field(columns.get("vnd_per_unit")).contains(","));
        List<ExchangeRateDetails> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (CsvRecord record : data) {
            int before = problems.size();
            ExchangeRateDetails row = row(record, records.get(0).fields().size(), columns, decimalComma, latest,
                    problems);
            if (row != null) {
                Integer first = firstRowOf.putIfAbsent(row.currency() + row.rateDate(), record.number());
                if (first != null) {
                    problems.add(problem(record, "date", "reference.rate.import.duplicateRow", first));
                }
            }
            if (row != null && problems.size() == before) {
                rows.add(row);
            }
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems, data.size());
    }

    private static String decode(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw refusal("reference.rate.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw refusal("reference.rate.import.noRows");
        }
        // ZIP covers .xlsx and .ods workbooks, the usual "CSV" mistake; %PDF and UTF-16 byte-order marks follow.
        if (startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 'P', 'K', 5, 6)) {
            throw refusal("reference.rate.import.zip");
        }
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            throw refusal("reference.rate.import.encoding");
        }
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                throw refusal("reference.rate.import.binary");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refusal("reference.rate.import.encoding"); // Windows-1258 or TCVN3 files: ask for UTF-8
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Excel writes ";" where the decimal separator is a comma (Vietnamese settings), "," elsewhere. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
    }

    private static Map<String, Integer> header(List<CsvRecord> records) {
        if (records.isEmpty()) {
            throw refusal("reference.rate.import.noRows");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = records.get(0).fields();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.keySet().containsAll(HEADER)) {
            throw refusal("reference.rate.import.header", String.join(",", HEADER));
        }
        return columns;
    }

    private static @Nullable ExchangeRateDetails row(CsvRecord record, int width, Map<String, Integer> columns,
                                                     boolean decimalComma, LocalDate latest,
                                                     List<RowProblem> problems) {
        if (record.unclosedQuote()) {
            problems.add(problem(record, "", "reference.rate.import.unclosedQuote"));
            return null;
        }
        // More cells than the header means an unquoted separator: "26.345,50" or a source with a comma in it.
        if (record.fields().size() > width) {
            problems.add(problem(record, "", "reference.rate.import.columns", width, record.fields().size()));
            return null;
        }
        String currency = cell(record, columns, "currency", problems);
        String date = cell(record, columns, "date", problems);
        String rate = cell(record, columns, "vnd_per_unit", problems);
        String source = cell(record, columns, "source", problems);
        int before = problems.size();
        String code = check(record, problems, () -> ExchangeRateDetails.checkedCurrency(currency), currency);
        LocalDate rateDate = date == null ? null : parseDate(record, date, problems);
        if (rateDate != null && rateDate.isAfter(latest)) {
            problems.add(problem(record, "date", "reference.rate.date.future", DateText.of(latest)));
        }
        BigDecimal value = rate == null ? null : parseRate(record, rate, decimalComma, problems);
        String text = check(record, problems, () -> ExchangeRateDetails.checkedSource(source), source);
        if (problems.size() > before || code == null || rateDate == null || value == null || text == null) {
            return null;
        }
        return new ExchangeRateDetails(code, rateDate, value, text);
    }

    /** The cell's text, or {@code null} with a "required" problem when it is missing or blank. */
    private static @Nullable String cell(CsvRecord record, Map<String, Integer> columns, String column,
                               List<RowProblem> problems) {
        String value = record.field(columns.get(column)).strip();
        if (value.isEmpty()) {
            problems.add(problem(record, column, "reference.rate.import.required"));
            return null;
        }
        return value;
    }

    private static @Nullable LocalDate parseDate(CsvRecord record, String text, List<RowProblem> problems) {
        try {
            return LocalDate.parse(text, text.contains("/") ? VIETNAMESE : ISO);
        } catch (DateTimeParseException e) {
            problems.add(problem(record, "date", "reference.rate.import.date", text));
            return null;
        }
    }

    private static @Nullable BigDecimal parseRate(CsvRecord record, String text, boolean decimalComma,
                                        List<RowProblem> problems) {
        try {
            BigDecimal value = DecimalText.parse(text, decimalComma);
            return check(record, problems, () -> ExchangeRateDetails.checkedRate(value), text);
        } catch (NumberFormatException e) {
            problems.add(problem(record, "vnd_per_unit", "reference.rate.import.number", text));
            return null;
        }
    }

    private static <T> @Nullable T check(CsvRecord record, List<RowProblem> problems, Supplier<T> rule,
                                         @Nullable Object typed) {
        if (typed == null) {
            return null;
        }
        try {
            return rule.get();
        } catch (BusinessRuleException e) {
            String column = COLUMN_OF_FIELD.getOrDefault(String.valueOf(e.field()), "");
            problems.add(new RowProblem(record.number(), column, e.messageKey(), List.of(e.arguments())));
            return null;
        }
    }

    private static RowProblem problem(CsvRecord record, String column, String key, Object... arguments) {
        return new RowProblem(record.number(), column, key, List.of(arguments));
    }

    private static BusinessRuleException refusal(String key, Object... arguments) {
        return new BusinessRuleException(ReferenceProblem.RATE_FILE_REFUSED, key, "file", arguments);
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
