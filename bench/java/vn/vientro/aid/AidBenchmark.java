package vn.vientro.aid;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.vientro.aid.item.AidItemFilter;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.identity.SystemAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aid list and detail at national scale (100,000 items over 20 years, 1,000,000 transactions, sector and commune
 * splits): p50/p95/p99 over HTTP beside the same work done in-process (the service calls the page makes, i.e. all
 * its SQL), each over the same requests. Targets: list p95 ≤ 100 ms, detail p95 ≤ 50 ms, HTTP ≤ 1.5× direct.
 * Run: {@code bench/aid.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vientro.data-dir=target/bench-data/${random.uuid}", "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
class AidBenchmark {

    private static final int ROUNDS = 600;
    private static final int WARM_UP = 400;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AidPortfolio portfolio;

    @Autowired
    AidBenchmarkDetail detail;

    private final HttpClient http = HttpClient.newHttpClient();
    private vn.vientro.testing.WebClient browser;

    @Test
    void measuresListAndDetailOverHttpAndDirect() throws Exception {
        AidBenchmarkData data = new AidBenchmarkData(jdbc);
        long start = System.nanoTime();
        data.loadNational();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long items = jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single();
        long transactions = jdbc.sql("select count(*) from aid.money_transaction").query(Long.class).single();

        List<String> lists = List.of("", "status=IMPLEMENTING", "kind=INVESTMENT_PROJECT&year=2019",
                "field=2.5&sort=value", "commune=" + firstCommune(), "overdue=true", "mine=true&status=SUBMITTED",
                "q=sốt rét", "sort=name", "status=CLOSED&page=40", "year=2024&kind=NON_PROJECT&sort=approved");
        List<Long> ids = jdbc.sql("select id from aid.aid_item order by (id * 7919) % 100003 limit 200")
                .query(Long.class).list();

        String listReport = measure("list  GET /api/v1/aid-items?…", i -> "/api/v1/aid-items?" + lists.get(i % lists.size()),
                i -> () -> portfolio.list(filter(lists.get(i % lists.size()))).total());
        String pageReport = measure("list  GET /app/aid/items?… (HTML)", i -> "/app/aid/items?" + lists.get(i % lists.size()),
                i -> () -> portfolio.list(filter(lists.get(i % lists.size()))).total());
        String detailReport = measure("detail GET /api/v1/aid-items/{id}", i -> "/api/v1/aid-items/" + ids.get(i % ids.size()),
                i -> () -> detail.api(ids.get(i % ids.size())));
        String detailPage = measure("detail GET /app/aid/items/{id} (HTML)", i -> "/app/aid/items/" + ids.get(i % ids.size()),
                i -> () -> detail.page(ids.get(i % ids.size())));
        StringBuilder mixes = new StringBuilder("  list filters, HTTP p95 each (40 requests):\n");
        for (String mix : lists) {
            long[] nanos = new long[40];
            for (int i = 0; i < nanos.length; i++) {
                long t = System.nanoTime();
                get("/api/v1/aid-items?" + mix);
                nanos[i] = System.nanoTime() - t;
            }
            mixes.append(String.format("    %-45s %6.1f ms%n", mix.isEmpty() ? "(none)" : mix, ms(nanos, 95)));
        }
        String report = String.format("""
                Aid benchmark (%d items, %d transactions loaded in %.1f s; %d requests each)
                %s%s%s%s%s  targets: list p95 <= 100 ms, detail p95 <= 50 ms, HTTP p95 <= 1.5 x direct p95
                """, items, transactions, loadSeconds, ROUNDS, listReport, pageReport, detailReport, detailPage,
                mixes);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/aid-benchmark.txt"), report);
        assertThat(items).isGreaterThanOrEqualTo(100_000);
    }

    private String firstCommune() {
        return jdbc.sql("select commune_code from aid.aid_item_location group by commune_code order by count(*) desc limit 1")
                .query(String.class).single();
    }

    private static AidItemFilter filter(String query) {
        java.util.Map<String, String> p = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                p.put(kv[0], kv[1]);
            }
        }
        return new AidItemFilter(p.containsKey("status") ? AidStatus.valueOf(p.get("status")) : null,
                p.containsKey("kind") ? AidKind.valueOf(p.get("kind")) : null, null, p.get("field"), p.get("commune"),
                p.containsKey("year") ? Integer.valueOf(p.get("year")) : null, p.containsKey("mine"),
                p.containsKey("overdue"), p.get("q"), p.get("sort"),
                p.containsKey("page") ? Integer.parseInt(p.get("page")) : 0, 50);
    }

    private String measure(String label, java.util.function.IntFunction<String> path,
                           java.util.function.IntFunction<Supplier<Object>> direct) throws Exception {
        for (int i = 0; i < WARM_UP; i++) { // JIT (both compilers), plans, caches
            get(path.apply(i));
            SystemAuthentication.asAdministrator("bench", direct.apply(i));
        }
        long[] httpNanos = new long[ROUNDS];
        long[] directNanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = get(path.apply(i));
            httpNanos[i] = System.nanoTime() - t;
            assertThat(response.statusCode()).as(path.apply(i)).isEqualTo(200);
            t = System.nanoTime();
            SystemAuthentication.asAdministrator("bench", direct.apply(i));
            directNanos[i] = System.nanoTime() - t;
        }
        return String.format("""
                  %-38s HTTP p50 %6.1f  p95 %6.1f  p99 %6.1f ms | direct p50 %6.1f  p95 %6.1f  p99 %6.1f ms | ratio %.2f
                """, label, ms(httpNanos, 50), ms(httpNanos, 95), ms(httpNanos, 99), ms(directNanos, 50),
                ms(directNanos, 95), ms(directNanos, 99), ms(httpNanos, 95) / ms(directNanos, 95));
    }

    /** The API with the administrator's token; pages with a signed-in administrator's session. */
    private HttpResponse<String> get(String path) throws Exception {
        String encoded = encode(path);
        if (encoded.startsWith("/app/")) {
            if (browser == null) {
                browser = vn.vientro.testing.WebClient.signedIn(port, "admin");
            }
            return browser.get(encoded);
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + encoded))
                .header("Authorization", "Bearer demo-admin").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String path) {
        int q = path.indexOf('?');
        if (q < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.substring(0, q + 1));
        for (String pair : path.substring(q + 1).split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            out.append(kv[0]).append('=').append(kv.length > 1
                    ? java.net.URLEncoder.encode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "").append('&');
        }
        return out.substring(0, out.length() - 1);
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

}
