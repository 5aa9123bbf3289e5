package vn.vientro.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.vientro.aid.AidBenchmarkData;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.reporting.dashboard.DashboardChart;
import vn.vientro.reporting.dashboard.DashboardFigures;
import vn.vientro.reporting.dashboard.DashboardFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaders' dashboard at national scale (100,000 items over 20 years, 1,000,000 transactions, sector and commune
 * splits): each chart's data over HTTP (its CSV), in-process (the service) and as the aid module's statistics SQL
 * alone, and the whole page over HTTP and in-process, each over the same mix of periods and filters. Targets: chart
 * data p95 <= 80 ms, page p95 <= 250 ms, HTTP <= 1.5 x direct. Run: {@code bench/dashboard.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vientro.data-dir=${bench.data-dir:target/bench-data/${random.uuid}}", "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
public class DashboardBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 120);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 40);
    /** The mix of periods and filters every dashboard benchmark measures over. */
    public static final List<String> FILTERS = List.of("period=2024", "period=2025-Q2", "period=2023-H1",
            "period=2019&field=2.3", "period=2024&kind=PROGRAMME", "period=2022&country=JP",
            "from=2020-01&to=2024-12", "period=2021&sector=122");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DashboardFigures figures;
    @Autowired
    AidStatisticsQueries statistics;

    private final HttpClient http = HttpClient.newHttpClient();
    private vn.vientro.testing.WebClient browser;

    @Test
    void measuresEachChartAndThePage() throws Exception {
        long start = System.nanoTime();
        // -Dbench.data-dir=target/bench-data/national keeps the loaded data for the next run (which then skips the load)
        boolean loaded = jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single() >= 100_000;
        if (!loaded) {
            new AidBenchmarkData(jdbc).loadNational();
        }
        // what autovacuum does after a bulk load in production: marks pages all-visible for index-only scans
        jdbc.sql("vacuum analyze aid.money_month").update();
        jdbc.sql("vacuum analyze aid.money_transaction").update();
        jdbc.sql("vacuum analyze aid.aid_item").update();
        for (String rollup : List.of("money_rollup", "money_rollup_items", "money_rollup_member",
                "money_rollup_item_years", "money_rollup_part")) {
            jdbc.sql("vacuum analyze aid." + rollup).update();
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long items = jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single();
        long transactions = jdbc.sql("select count(*) from aid.money_transaction").query(Long.class).single();
        long months = jdbc.sql("select count(*) from aid.money_month").query(Long.class).single();

        StringBuilder report = new StringBuilder(String.format(
                "Dashboard benchmark (%d items, %d transactions, %d item-months; loaded in %.1f s; %d requests each)%n",
                items, transactions, months, loadSeconds, ROUNDS));
        for (DashboardChart chart : DashboardChart.values()) {
            report.append(measure("chart " + chart.path(),
                    i -> "/app/reporting/dashboard/" + chart.path() + ".csv?" + filter(i),
                    i -> () -> figures.chart(chart, read(filter(i)), Locale.forLanguageTag("vi")),
                    sql(chart)));
        }
        report.append(measure("summary (API)", i -> "/api/v1/statistics/summary?" + filter(i),
                i -> () -> figures.summary(read(filter(i))), null));
        report.append(measure("whole page (HTML)", i -> "/app/reporting/dashboard?" + filter(i),
                i -> () -> figures.page(read(filter(i)), Locale.forLanguageTag("vi")), null));
        report.append("  targets: chart data p95 <= 80 ms, page p95 <= 250 ms, HTTP p95 <= 1.5 x direct p95\n");
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dashboard-benchmark.txt"), report);
        assertThat(items).isGreaterThanOrEqualTo(100_000);
    }

    /** The aid module's statistics the chart rests on, without names or the service around them. */
    private IntFunction<Supplier<Object>> sql(DashboardChart chart) {
        return switch (chart) {
            case BY_YEAR -> i -> () -> {
                DashboardFilter f = read(filter(i));
                java.time.YearMonth end = f.period().to();
                return statistics.breakdown(SystemAuthentication.asAdministrator("bench", () -> scoped(f
                        .withPeriod(ReportingPeriod.months(java.time.YearMonth.of(end.getYear() - 9, 1), end)))),
                        List.of(StatisticsDimension.YEAR));
            };
            case BY_FIELD -> i -> () -> statistics.breakdown(scoped(read(filter(i))),
                    List.of(StatisticsDimension.PRIORITY_FIELD));
            case BY_COUNTRY, TOP_ORGANISATIONS -> i -> () -> statistics.breakdown(scoped(read(filter(i))),
                    List.of(StatisticsDimension.DONOR));
            case PIPELINE -> null;
        };
    }

    private vn.vientro.aid.StatisticsFilter scoped(DashboardFilter filter) {
        return SystemAuthentication.asAdministrator("bench", () -> figures.statisticsFilter(filter));
    }

    private static String filter(int i) {
        return FILTERS.get(i % FILTERS.size());
    }

    private static DashboardFilter read(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], kv[1]);
        }
        return DashboardFilter.read(parameters, LocalDate.of(2026, 12, 7));
    }

    private String measure(String label, IntFunction<String> path, IntFunction<Supplier<Object>> direct,
                           IntFunction<Supplier<Object>> sql) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(path.apply(i));
            SystemAuthentication.asAdministrator("bench", direct.apply(i));
            if (sql != null) {
                SystemAuthentication.asAdministrator("bench", sql.apply(i));
            }
        }
        long[] httpNanos = new long[ROUNDS];
        long[] directNanos = new long[ROUNDS];
        long[] sqlNanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = get(path.apply(i));
            httpNanos[i] = System.nanoTime() - t;
            assertThat(response.statusCode()).as(path.apply(i)).isEqualTo(200);
            t = System.nanoTime();
            SystemAuthentication.asAdministrator("bench", direct.apply(i));
            directNanos[i] = System.nanoTime() - t;
            if (sql != null) {
                t = System.nanoTime();
                SystemAuthentication.asAdministrator("bench", sql.apply(i));
                sqlNanos[i] = System.nanoTime() - t;
            }
        }
        StringBuilder byFilter = new StringBuilder();
        for (int f = 0; f < FILTERS.size(); f++) {
            long http = 0;
            long sqlOnly = 0;
            for (int i = f; i < ROUNDS; i += FILTERS.size()) {
                http = Math.max(http, httpNanos[i]);
                sqlOnly = Math.max(sqlOnly, sqlNanos[i]);
            }
            byFilter.append(String.format("      %-28s HTTP max %6.1f ms%s%n", FILTERS.get(f), http / 1e6,
                    sql == null ? "" : String.format(" | SQL max %6.1f ms", sqlOnly / 1e6)));
        }
        return String.format("  %-26s HTTP p50 %6.1f p95 %6.1f ms | in-process p95 %6.1f ms | SQL p95 %s | HTTP/SQL %s%n",
                label, ms(httpNanos, 50), ms(httpNanos, 95), ms(directNanos, 95),
                sql == null ? "   -  " : String.format("%6.1f ms", ms(sqlNanos, 95)),
                sql == null ? "-" : String.format("%.2f", ms(httpNanos, 95) / ms(sqlNanos, 95)))
                + (Boolean.getBoolean("bench.by-filter") ? byFilter : "");
    }

    /** The API with the administrator's token; pages with a signed-in administrator's session. */
    private HttpResponse<String> get(String path) throws Exception {
        if (path.startsWith("/app/")) {
            if (browser == null) {
                browser = vn.vientro.testing.WebClient.signedIn(port, "admin");
            }
            return browser.get(path);
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer demo-admin").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
