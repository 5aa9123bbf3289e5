package vn.vientro.reporting.official;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;

/**
 * Warms the report printers once the application is ready, on a thread of its own at the lowest priority, so readiness
 * does not wait for it: a made-up table shaped as the approvals (thirteen columns, a few hundred rows, Vietnamese
 * words) is printed to PDF a few times and written as a workbook once, to nowhere. The first PDF of a JVM otherwise
 * pays for loading the renderer's classes, parsing the fonts and compiling the layout's hot paths (13 s instead of
 * 4.6 s for the 5,126 approvals of a year, measured before the fixed layout). No database is read. Off with
 * {@code vientro.reporting.warm-up=false}.
 */
@Component
class ReportWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);
    static final int ROWS = 600;
    static final int ROUNDS = 3;

    private final ReportPrint print;
    private final ReportExcel excel;
    private final MessageSource messages;
    private final boolean enabled;

    ReportWarmUp(ReportPrint print, ReportExcel excel, MessageSource messages,
                 @Value("${vientro.reporting.warm-up:true}") boolean enabled) {
        this.print = print;
        this.excel = excel;
        this.messages = messages;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::run, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Prints the made-up document; returns the milliseconds it took. */
    long run() {
        long start = System.nanoTime();
        try {
            ReportDocument document = document(ROWS);
            for (int round = 0; round < ROUNDS; round++) {
                print.pdfUnnamed(document, OutputStream.nullOutputStream());
            }
            excel.write(document, "", OutputStream.nullOutputStream());
            long ms = (System.nanoTime() - start) / 1_000_000;
            log.info("Report printers warmed up in {} ms", ms);
            return ms;
        } catch (IOException | RuntimeException e) { // a warm-up that fails changes nothing but the first PDF's time
            log.warn("Report printers' warm-up failed", e);
            return -1;
        }
    }

    /** A table shaped as the approvals of a period, its words taken from the report's own headings. */
    ReportDocument document(int count) {
        String item = word("col.item");
        String organisation = word("col.organisation");
        String kind = word("col.kind");
        String status = word("col.status");
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(Integer.toString(i), "W-" + i, item + " " + i + " " + organisation,
                    organisation + " " + (i % 40), kind, status, i + "/QD-UBND",
                    LocalDate.of(2020, 1 + i % 12, 1 + i % 28).toString(), Long.toString(2_500_000_000L + i * 1000L),
                    "100000.00", Long.toString(1_250_000_000L + i), "750000000", "50.0"));
        }
        List<Column> columns = List.of(Column.text(word("col.no")), Column.text(word("col.code")).printedUnder(),
                Column.text(item),
                Column.text(organisation), Column.text(kind), Column.text(status).printedUnder(),
                Column.text(word("col.decisionNumber")),
                Column.of(word("col.decisionDate"), ColumnType.DATE).printedUnder(),
                Column.of(word("col.committedVnd"), ColumnType.VND),
                Column.of(word("col.committedUsd"), ColumnType.USD).printedUnder(),
                Column.of(word("col.disbursedVnd"), ColumnType.VND),
                Column.of(word("col.spentVnd"), ColumnType.VND).printedUnder(),
                Column.of(word("col.disbursementRate"), ColumnType.RATE));
        return new ReportDocument(OfficialReport.APPROVALS, "2020", "2020", LocalDate.of(2020, 12, 31), null,
                List.of(new ReportTable("approved", word("table.approved"), columns, rows, true, "")));
    }

    private String word(String key) {
        return messages.getMessage("reporting.official." + key, null, ReportFigures.VI);
    }
}
