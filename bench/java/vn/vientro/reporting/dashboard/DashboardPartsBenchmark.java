package vn.vientro.reporting.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.ui.ExtendedModelMap;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.OpinionDeadlineQueries;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.mobilisation.PipelineQueries;
import vn.vientro.monitoring.MonitoringFigureQueries;
import vn.vientro.registry.PermitExpiryQueries;
import vn.vientro.registry.Registry;
import vn.vientro.reporting.FigureFilterOptions;
import vn.vientro.reporting.PeriodOptions;
import vn.vientro.reporting.DashboardBenchmark;
import vn.vientro.reporting.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page taken apart at national scale: each read the page and the summary make, timed on its own over
 * the same eight filters as {@code DashboardBenchmark}, the page's model and the whole page over HTTP (with its size).
 * Run: {@code ./mvnw -Pbench test -Dtest=DashboardPartsBenchmark -Dbench.data-dir=...} on an already loaded
 * national database (see {@code bench/dashboard.sh}).
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vientro.data-dir=${bench.data-dir:target/bench-data/${random.uuid}}", "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
class DashboardPartsBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 16);
    private static final List<String> FILTERS = DashboardBenchmark.FILTERS;
    private static final Locale VI = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DashboardFigures figures;
    @Autowired
    DashboardPageModel pages;
    @Autowired
    DashboardParts dashboardParts;
    @Autowired
    AidStatisticsQueries statistics;
    @Autowired
    OpinionDeadlineQueries opinions;
    @Autowired
    PermitExpiryQueries permits;
    @Autowired
    MonitoringFigureQueries monitoring;
    @Autowired
    PipelineQueries pipeline;
    @Autowired
    Registry registry;
    @Autowired
    FigureFilterOptions filterOptions;
    @Autowired
    PeriodOptions periodOptions;

    private vn.vientro.testing.WebClient browser;

    @Test
    void timesEachPartOfThePage() throws Exception {
        assertThat(jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single())
                .as("a loaded national database (-Dbench.data-dir)").isGreaterThanOrEqualTo(100_000);
        LocalDate today = figures.today();
        Map<String, Function<DashboardFilter, Object>> parts = new LinkedHashMap<>();
        parts.put("scope (StatisticsFilters)", f -> figures.statisticsFilter(f));
        parts.put("donors breakdown", f -> donors(scoped(f)));
        parts.put("donors' names (findAll)", f -> registry.findAll(donors(scoped(f)).stream()
                .map(r -> Long.valueOf(r.key(0))).collect(Collectors.toSet())));
        parts.put("by-year breakdown", f -> {
            YearMonth end = f.period().to();
            return statistics.breakdown(scoped(f).withMonths(YearMonth.of(end.getYear() - 9, 1), end),
                    List.of(StatisticsDimension.YEAR));
        });
        parts.put("by-field breakdown", f -> statistics.breakdown(scoped(f), List.of(StatisticsDimension.PRIORITY_FIELD)));
        parts.put("summary: totals", f -> statistics.totals(scoped(f)));
        parts.put("summary: approvedIn", f -> statistics.approvedIn(scoped(f)));
        parts.put("summary: ratesUsed", f -> statistics.ratesUsed(scoped(f)));
        parts.put("summary: papers (list, before)", f -> permits.between(today, today.plusDays(90), 100_000).size());
        parts.put("summary: papers (count, now)", f -> permits.countBetween(today, today.plusDays(90)));
        parts.put("summary: overdue reports", f -> monitoring.overdueReports(null, today));
        parts.put("summary: overdue opinions", f -> opinions.overdue(null, today));
        parts.put("summary: open findings", f -> monitoring.openFindings(null));
        parts.put("summary: pipeline", f -> pipeline.figures(f.period().firstDay(), f.period().lastDay(), null));
        parts.put("filter bar: options", f -> filterOptions.of(f.choice(), VI));
        parts.put("filter bar: periods", f -> periodOptions.of(f.period(), VI));
        parts.put("summary, one after the other", sequential(f -> figures.summary(f)));
        parts.put("summary, concurrent parts", f -> figures.summary(f));
        parts.put("page, one after the other", sequential(f -> figures.page(f, VI)));
        parts.put("page, concurrent parts", f -> figures.page(f, VI));
        parts.put("page's model (filter bar...)", f -> {
            pages.show(page(f), VI, new ExtendedModelMap());
            return null;
        });
        StringBuilder report = new StringBuilder(String.format("Dashboard parts (%d requests each, p50 / p95 / max per filter in ms)%n",
                ROUNDS));
        for (Map.Entry<String, Function<DashboardFilter, Object>> part : parts.entrySet()) {
            report.append(measure(part.getKey(), i -> {
                DashboardFilter f = read(filter(i));
                SystemAuthentication.asAdministrator("bench", () -> part.getValue().apply(f));
            }));
        }
        int[] size = new int[1];
        dashboardParts.concurrent = false;
        report.append(measure("page over HTTP, one by one", i -> {
            if (browser == null) {
                browser = vn.vientro.testing.WebClient.signedIn(port, "admin");
            }
            assertThat(browser.get("/app/reporting/dashboard?" + filter(i)).statusCode()).isEqualTo(200);
        }));
        dashboardParts.concurrent = true;
        report.append(measure("page over HTTP, concurrent", i -> {
            if (browser == null) {
                browser = vn.vientro.testing.WebClient.signedIn(port, "admin");
            }
            var response = browser.get("/app/reporting/dashboard?" + filter(i));
            assertThat(response.statusCode()).isEqualTo(200);
            size[0] = Math.max(size[0], response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }));
        report.append(String.format("  page HTML size (largest) %,d bytes%n", size[0]));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dashboard-parts.txt"), report);
    }

    private final Map<String, DashboardPage> pagesRead = new HashMap<>();

    /** The page of a filter, read once: what the model adds to it is timed alone. */
    private DashboardPage page(DashboardFilter filter) {
        return pagesRead.computeIfAbsent(filter.query(), q -> figures.page(filter, VI));
    }

    private Function<DashboardFilter, Object> sequential(Function<DashboardFilter, Object> part) {
        return f -> {
            dashboardParts.concurrent = false;
            try {
                return part.apply(f);
            } finally {
                dashboardParts.concurrent = true;
            }
        };
    }

    private List<StatisticsRow> donors(StatisticsFilter scoped) {
        return statistics.breakdown(scoped, List.of(StatisticsDimension.DONOR));
    }

    private StatisticsFilter scoped(DashboardFilter filter) {
        return figures.statisticsFilter(filter);
    }

    interface Round {
        void run(int i) throws Exception;
    }

    private static String measure(String label, Round round) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            round.run(i);
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            round.run(i);
            nanos[i] = System.nanoTime() - t;
        }
        StringBuilder byFilter = new StringBuilder();
        for (int f = 0; f < FILTERS.size(); f++) {
            long max = 0;
            for (int i = f; i < ROUNDS; i += FILTERS.size()) {
                max = Math.max(max, nanos[i]);
            }
            byFilter.append(String.format(" %5.0f", max / 1e6));
        }
        return String.format("  %-28s %7.1f %7.1f |%s%n", label, ms(nanos, 50), ms(nanos, 95), byFilter);
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

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
