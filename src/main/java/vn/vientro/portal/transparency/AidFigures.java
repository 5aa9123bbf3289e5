package vn.vientro.portal.transparency;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import vn.vientro.shared.Money;

/**
 * The statistics headline of the items a filter found: how many, the value committed (their approved total value)
 * and the aid disbursed (received by the owners), in VND and USD, by priority field and by year; each part only from
 * items whose group holding it is public.
 */
public record AidFigures(Row total, List<Row> byField, List<Row> byYear) {

    /** One line of a table: a label, the items, committed and disbursed amounts in VND and USD. */
    public record Row(String label, long items, BigDecimal committedVnd, BigDecimal committedUsd,
                      BigDecimal disbursedVnd, BigDecimal disbursedUsd) {

        public Money committedInVnd() {
            return Money.of(committedVnd, "VND");
        }

        public Money committedInUsd() {
            return Money.of(committedUsd, "USD");
        }

        public Money disbursedInVnd() {
            return Money.of(disbursedVnd, "VND");
        }

        public Money disbursedInUsd() {
            return Money.of(disbursedUsd, "USD");
        }
    }

    /** The rows' labels for a chart, joined by '|'. */
    public static String labels(List<Row> rows) {
        return rows.stream().map(Row::label).map(label -> label.replace('|', '/')).collect(Collectors.joining("|"));
    }

    /** Two series for a chart, committed then disbursed in USD, joined by ';' and their figures by ','. */
    public static String usdSeries(List<Row> rows) {
        return rows.stream().map(row -> row.committedUsd().toPlainString()).collect(Collectors.joining(",")) + ";"
                + rows.stream().map(row -> row.disbursedUsd().toPlainString()).collect(Collectors.joining(","));
    }
}
