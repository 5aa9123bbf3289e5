package vn.vientro.reporting.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A chart's table as CSV (UTF-8 with a byte order mark, so spreadsheets read Vietnamese): plain numbers with a dot
 * for decimals, headings in the reader's language; a text that a spreadsheet would read as a formula is quoted as
 * text.
 */
@Component
class DashboardCsv {

    private static final String BOM = "\uFEFF";

    private final MessageSource messages;

    DashboardCsv(MessageSource messages) {
        this.messages = messages;
    }

    String write(DashboardChart chart, List<ChartRow> rows, Locale locale) {
        boolean pipeline = chart == DashboardChart.PIPELINE;
        List<String> headings = (pipeline
                ? Stream.of("key", "label", "count", "amountVnd")
                : Stream.of("key", "label", "items", "committedVnd", "committedUsd", "disbursedVnd", "disbursedUsd"))
                .map(key -> messages.getMessage("reporting.dashboard.csv." + key, null, locale)).toList();
        StringBuilder csv = new StringBuilder(BOM).append(line(headings.stream()));
        for (ChartRow row : rows) {
            String label = pipeline ? messages.getMessage("reporting.dashboard.pipeline." + row.key(), null, locale)
                    : row.label();
            csv.append(pipeline
                    ? line(Stream.of(row.key(), label, Long.toString(row.items()), plain(row.committedVnd())))
                    : line(Stream.of(row.key(), label, Long.toString(row.items()), plain(row.committedVnd()),
                            plain(row.committedUsd()), plain(row.disbursedVnd()), plain(row.disbursedUsd()))));
        }
        return csv.toString();
    }

    private static String line(Stream<String> cells) {
        return cells.map(DashboardCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        boolean quoted = !text.equals(value) || text.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
        return quoted ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
