package vn.vientro.reporting.pivot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vientro.aid.AidBenchmarkData;
import vn.vientro.reporting.StatisticsFilters;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pivots over every item at national scale (100,000 items over 20 years, 1,000,000 transactions, sector and commune
 * splits): each pivot's page over HTTP beside the same computation in-process. Target: a pivot over all items ≤ 1 s.
 * Run: {@code bench/pivot.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vientro.data-dir=target/bench-data/${random.uuid}", "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
class PivotBenchmark {

    private static final int ROUNDS = 12;
    private static final int WARM_UP = 3;
    private static final List<String> PIVOTS = List.of(
            "row1=FIELD&column=YEAR&measures=COMMITTED,DISBURSED&period=2006-01_2025-12",
            "row1=SECTOR_CATEGORY&column=YEAR&measures=ITEMS,DISBURSED&period=2006-01_2025-12",
            "row1=COMMUNE&column=KIND&measures=COMMITTED&period=2006-01_2025-12",
            "row1=COUNTRY&row2=KIND&column=&measures=COMMITTED,SPENT&currency=USD&period=2006-01_2025-12",
            "row1=SECTOR&row2=COMMUNE&column=&measures=DISBURSED&period=2024",
            "row1=ORGANISATION&column=QUARTER&measures=COMMITTED&period=2024");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PivotComputation computation;
    @Autowired
    StatisticsFilters filters;

    @Test
    void measuresPivotsOverEveryItem() throws Exception {
        AidBenchmarkData data = new AidBenchmarkData(jdbc);
        long start = System.nanoTime();
        data.loadNational();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long items = jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single();
        long transactions = jdbc.sql("select count(*) from aid.money_transaction").query(Long.class).single();
        WebClient browser = WebClient.signedIn(port, "focal");

        StringBuilder lines = new StringBuilder();
        for (String pivot : PIVOTS) {
            PivotQuery query = PivotQuery.fromQueryString(pivot, LocalDate.of(2025, 12, 31));
            long[] http = new long[ROUNDS];
            long[] direct = new long[ROUNDS];
            int lineCount = 0;
            for (int i = -WARM_UP; i < ROUNDS; i++) {
                long t = System.nanoTime();
                assertThat(browser.get("/app/reporting/pivot?" + encoded(pivot)).statusCode()).isEqualTo(200);
                long httpNanos = System.nanoTime() - t;
                t = System.nanoTime();
                PivotTable table = computation.compute(query, filters.unscoped(query.period(), query.choice()),
                        Locale.forLanguageTag("vi"));
                long directNanos = System.nanoTime() - t;
                lineCount = table.lines().size();
                if (i >= 0) {
                    http[i] = httpNanos;
                    direct[i] = directNanos;
                }
            }
            lines.append(String.format("  %-92s %5d lines | page HTTP p50 %6.0f p95 %6.0f ms | compute p50 %6.0f"
                    + " p95 %6.0f ms%n", pivot, lineCount, ms(http, 50), ms(http, 95), ms(direct, 50),
                    ms(direct, 95)));
        }
        String report = String.format("""
                Pivot benchmark (%d items, %d transactions loaded in %.1f s; %d rounds each after %d warm-up)
                %s  target: a pivot over all items <= 1 s
                """, items, transactions, loadSeconds, ROUNDS, WARM_UP, lines);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/pivot-benchmark.txt"), report);
        assertThat(items).isGreaterThanOrEqualTo(100_000);
    }

    private static String encoded(String query) {
        return UriComponentsBuilder.fromUriString("/?" + query).build().encode().getQuery();
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
