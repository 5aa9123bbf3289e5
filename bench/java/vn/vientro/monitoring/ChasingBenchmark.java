package vn.vientro.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.vientro.aid.AidBenchmarkData;
import vn.vientro.monitoring.chasing.ChasingJob;
import vn.vientro.platform.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily chasing job (đôn đốc) over the national dataset: 100,000 aid items over twenty years with the reporting
 * duties of those approved (progress and settlement reports by half-year and year, completion reports), nine in ten
 * of the past ones submitted. Times the first run (it catches up on every overdue report at once), a second run the
 * same day (it must send nothing), and the next day's run. Target: under 60 s. Run: {@code bench/chasing.sh}.
 */
@Tag("bench")
@SpringBootTest(properties = {"vientro.data-dir=target/bench-data/${random.uuid}", "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
class ChasingBenchmark {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChasingJob job;

    @Autowired
    Clock clock;

    @Test
    void chasesTheNationalDatasetsDutiesWithinAMinute() throws Exception {
        long start = System.nanoTime();
        AidBenchmarkData data = new AidBenchmarkData(jdbc);
        data.organisations(5_000);
        data.start();
        data.items(100_000);
        data.finish();
        duties();
        data.analyze();
        jdbc.sql("analyze monitoring.report_duty").update();
        double loadSeconds = seconds(start);
        long items = count("select count(*) from aid.aid_item");
        long duties = count("select count(*) from monitoring.report_duty");
        long open = count("select count(*) from monitoring.report_duty where submitted_on is null");
        LocalDate today = LocalDate.now(clock);

        long first = System.nanoTime();
        int firstSent = run(today);
        double firstSeconds = seconds(first);
        long again = System.nanoTime();
        int againSent = run(today);
        double againSeconds = seconds(again);
        long next = System.nanoTime();
        int nextSent = run(today.plusDays(1));
        double nextSeconds = seconds(next);

        String report = String.format("""
                Chasing benchmark (%,d aid items, %,d reporting duties of which %,d not submitted; loaded in %.1f s)
                  first run (catches up on every overdue report)  %7.2f s  %,d stages sent
                  second run the same day                         %7.2f s  %,d stages sent
                  the next day's run                              %7.2f s  %,d stages sent
                """, items, duties, open, loadSeconds, firstSeconds, firstSent, againSeconds, againSent, nextSeconds,
                nextSent);
        System.out.print(report);
        Files.writeString(Path.of("target/chasing-benchmark.txt"), report);
        assertThat(againSent).as("a second run the same day sends nothing").isZero();
    }

    private int run(LocalDate day) {
        return Actor.runAs("system:bench", () -> job.chase(day));
    }

    /**
     * Each approved item's duties, as the schedules generate them: progress and settlement reports for every half
     * year and year it runs, a completion report at its end; the due dates a month (half-year) or two (year) after
     * the cut-off. Nine in ten of those due before today were submitted on time.
     */
    private void duties() {
        jdbc.sql("""
                insert into monitoring.report_duty (aid_item_id, kind, period_start, period_end, cut_off, due_on,
                                                    responsible, recipients, source, item_code, item_name_vi,
                                                    item_name_en, owner_agency_id, managing_agency_id, donor_id,
                                                    submitted_on)
                select i.id, k.kind, p.period_start, p.period_end, p.period_end, p.due_on, 'OWNER',
                       'MANAGING_AGENCY,FOCAL_POINT', 'bench', i.code, i.name_vi, i.name_en, i.owner_agency_id,
                       i.governing_agency_id, i.donor_id,
                       case when p.due_on < current_date and (i.id + y) % 10 <> 0 then p.due_on - 3 end
                  from aid.aid_item i
                  cross join generate_series(extract(year from i.planned_start)::int,
                                             extract(year from i.planned_end)::int) y
                  cross join (values ('PROGRESS_HALF_YEAR', 6, 1), ('PROGRESS_ANNUAL', 12, 2),
                                     ('SETTLEMENT_HALF_YEAR', 6, 1), ('SETTLEMENT_ANNUAL', 12, 2)) k(kind, months, lag)
                  cross join lateral (select make_date(y, 1, 1) as period_start,
                                             (make_date(y, 1, 1) + make_interval(months => k.months))::date - 1
                                                 as period_end,
                                             (make_date(y, 1, 1) + make_interval(months => k.months + k.lag))::date
                                                 as due_on) p
                 where i.code like 'BV-%'
                   and i.status in ('APPROVED', 'IMPLEMENTING', 'COMPLETED', 'SETTLED', 'CLOSED')
                """).update();
        jdbc.sql("""
                insert into monitoring.report_duty (aid_item_id, kind, period_start, period_end, cut_off, due_on,
                                                    responsible, recipients, source, item_code, item_name_vi,
                                                    item_name_en, owner_agency_id, managing_agency_id, donor_id,
                                                    submitted_on)
                select i.id, 'COMPLETION', i.planned_start, i.planned_end, i.planned_end, i.planned_end + 90, 'OWNER',
                       'MANAGING_AGENCY,FOCAL_POINT', 'bench', i.code, i.name_vi, i.name_en, i.owner_agency_id,
                       i.governing_agency_id, i.donor_id,
                       case when i.planned_end + 90 < current_date and i.id % 10 <> 0 then i.planned_end + 80 end
                  from aid.aid_item i
                 where i.code like 'BV-%'
                   and i.status in ('APPROVED', 'IMPLEMENTING', 'COMPLETED', 'SETTLED', 'CLOSED')
                """).update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
