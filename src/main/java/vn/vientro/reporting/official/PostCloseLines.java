package vn.vientro.reporting.official;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ClosedPeriods;
import vn.vientro.aid.PostCloseCorrection;
import vn.vientro.aid.PostCloseResultCorrection;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;
import vn.vientro.shared.Text;

/**
 * The post-close corrections a report lists: changes recorded during its period to money dated in a period closed
 * before, each with its reason and the difference it made, so the figures of a report already sent are explained;
 * and, in a table of their own, the results (actual values of indicator periods ending in a closed period) reported or
 * corrected after the close.
 */
@Component
class PostCloseLines {

    /** The keys of the two tables: they grow as corrections are made, so a reproduced report does not compare them. */
    static final String CORRECTIONS = "corrections";
    static final String RESULT_CORRECTIONS = "resultCorrections";

    private final ClosedPeriods closed;
    private final Clock clock;

    PostCloseLines(ClosedPeriods closed, Clock clock) {
        this.closed = closed;
        this.clock = clock;
    }

    ReportTable table(ReportingPeriod period, Function<Text, String> words) {
        return table(closed.recordedBetween(start(period), end(period)), words, clock.getZone());
    }

    /** The results reported or corrected during the period for indicator periods ending in a closed period. */
    ReportTable resultTable(ReportingPeriod period, Function<Text, String> words) {
        List<List<String>> rows = new ArrayList<>();
        for (PostCloseResultCorrection c : closed.resultsRecordedBetween(start(period), end(period))) {
            rows.add(List.of(c.recordedAt().atZone(clock.getZone()).toLocalDate().toString(), c.periodCode(),
                    c.itemCode(), c.indicator(), c.periodStart() + " – " + c.periodEnd(),
                    words.apply(Text.of("reporting.official.operation." + c.operation())),
                    actual(c.beforeValue(), c.beforeComment()), actual(c.afterValue(), c.afterComment()), c.reason()));
        }
        return new ReportTable(RESULT_CORRECTIONS, words.apply(Text.of("reporting.official.table.resultCorrections")),
                List.of(Column.of(words.apply(Text.of("reporting.official.col.recordedOn")), ColumnType.DATE),
                        Column.text(words.apply(Text.of("reporting.official.col.closedPeriod"))),
                        Column.text(words.apply(Text.of("reporting.official.col.code"))),
                        Column.text(words.apply(Text.of("reporting.official.col.indicator"))),
                        Column.text(words.apply(Text.of("reporting.official.col.indicatorPeriod"))),
                        Column.text(words.apply(Text.of("reporting.official.col.operation"))),
                        Column.text(words.apply(Text.of("reporting.official.col.actualBefore"))),
                        Column.text(words.apply(Text.of("reporting.official.col.actualAfter"))),
                        Column.text(words.apply(Text.of("reporting.official.col.reason")))), rows, false,
                rows.isEmpty() ? words.apply(Text.of("reporting.official.note.noResultCorrections")) : "");
    }

    /** The period's first instant in the province's time zone, inclusive. */
    private Instant start(ReportingPeriod period) {
        return period.firstDay().atStartOfDay(clock.getZone()).toInstant();
    }

    /** The instant after the period's last day, exclusive. */
    private Instant end(ReportingPeriod period) {
        return period.lastDay().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** A value as the report prints it, with the comment that qualifies it (or is the whole of a qualitative one). */
    private static String actual(@Nullable BigDecimal value, @Nullable String comment) {
        String number = value == null ? "" : value.stripTrailingZeros().toPlainString();
        return comment == null ? number : number.isEmpty() ? comment : number + " (" + comment + ")";
    }

    static ReportTable table(List<PostCloseCorrection> corrections, Function<Text, String> words,
                             java.time.ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (PostCloseCorrection c : corrections) {
            rows.add(List.of(c.recordedAt().atZone(zone).toLocalDate().toString(),
                    c.periodCode(), c.itemCode(), words.apply(Text.of("aid.money.kind." + c.kind())),
                    c.valueDate().toString(), words.apply(Text.of("reporting.official.operation." + c.operation())),
                    ReportFigures.plain(c.deltaVnd()), ReportFigures.plain(c.deltaUsd()), c.reason()));
        }
        return new ReportTable(CORRECTIONS, words.apply(Text.of("reporting.official.table.corrections")), List.of(
                Column.of(words.apply(Text.of("reporting.official.col.recordedOn")), ColumnType.DATE),
                Column.text(words.apply(Text.of("reporting.official.col.closedPeriod"))),
                Column.text(words.apply(Text.of("reporting.official.col.code"))),
                Column.text(words.apply(Text.of("reporting.official.col.moneyKind"))),
                Column.of(words.apply(Text.of("reporting.official.col.valueDate")), ColumnType.DATE),
                Column.text(words.apply(Text.of("reporting.official.col.operation"))),
                Column.of(words.apply(Text.of("reporting.official.col.deltaVnd")), ColumnType.VND),
                Column.of(words.apply(Text.of("reporting.official.col.deltaUsd")), ColumnType.USD),
                Column.text(words.apply(Text.of("reporting.official.col.reason")))), rows, true,
                rows.isEmpty() ? words.apply(Text.of("reporting.official.note.noCorrections")) : "");
    }
}
