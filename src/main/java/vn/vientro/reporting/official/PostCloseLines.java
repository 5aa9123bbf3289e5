package vn.vientro.reporting.official;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.vientro.aid.ClosedPeriods;
import vn.vientro.aid.PostCloseCorrection;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;
import vn.vientro.shared.Text;

/**
 * The post-close corrections a report lists: changes recorded during its period to money dated in a period closed
 * before, each with its reason and the difference it made, so the figures of a report already sent are explained.
 */
@Component
class PostCloseLines {

    private final ClosedPeriods closed;
    private final Clock clock;

    PostCloseLines(ClosedPeriods closed, Clock clock) {
        this.closed = closed;
        this.clock = clock;
    }

    ReportTable table(ReportingPeriod period, Function<Text, String> words) {
        Instant from = period.firstDay().atStartOfDay(clock.getZone()).toInstant();
        Instant to = period.lastDay().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return table(closed.recordedBetween(from, to), words, clock.getZone());
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
        return new ReportTable("corrections", words.apply(Text.of("reporting.official.table.corrections")), List.of(
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
