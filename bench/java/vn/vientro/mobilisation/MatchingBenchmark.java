package vn.vientro.mobilisation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.vientro.aid.DonorHistory;
import vn.vientro.aid.DonorHistoryQueries;
import vn.vientro.registry.Registry;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching at national scale (2,000 published needs, 5,000 organisations, 100,000 aid items): p50/p95/p99 over HTTP
 * of a need's likely funders (API and page), and of an organisation's likely needs on its registry page, each
 * request for another need or organisation. Target: the matches request p95 ≤ 100 ms. Run: {@code bench/matching.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vientro.data-dir=target/bench-data/${random.uuid}", "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
class MatchingBenchmark {

    private static final int ROUNDS = 600;
    private static final int WARM_UP = 300;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DonorHistoryQueries donors;

    @Autowired
    Registry registry;

    private final HttpClient http = HttpClient.newHttpClient();
    private WebClient browser;

    @Test
    void measuresTheMatchesOfEachNeedOverHttp() throws Exception {
        long start = System.nanoTime();
        new MatchingBenchmarkData(jdbc).loadNational();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        List<Long> needs = jdbc.sql("select id from mobilisation.need where proposed_by = 'bench' "
                + "order by (id * 7919) % 100003").query(Long.class).list();
        List<Long> organisations = jdbc.sql("select id from registry.organisation where name_original like "
                + "'Bench Foundation %' order by (id * 7919) % 100003").query(Long.class).list();
        long items = jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single();
        browser = WebClient.signedIn(port, "focal");
        String loadBefore = load();

        String api = measure("GET /api/v1/catalogue-needs/{id}/matches", ROUNDS,
                i -> "/api/v1/catalogue-needs/" + needs.get(i % needs.size()) + "/matches");
        String page = measure("GET /app/mobilisation/needs/{id}/matches", ROUNDS / 2,
                i -> "/app/mobilisation/needs/" + needs.get((i + 1000) % needs.size()) + "/matches");
        String reverse = measure("GET /app/registry/organisations/{id}?tab=…", ROUNDS / 3,
                i -> "/app/registry/organisations/" + organisations.get(i % organisations.size())
                        + "?tab=mobilisation.matching.organisation.tab");
        String parts = parts(needs);
        String sample = get("/api/v1/catalogue-needs/" + needs.get(0) + "/matches?limit=3").body();
        String report = String.format("""
                Matching benchmark (%d published needs, %d organisations, %d aid items loaded in %.1f s; one need or
                organisation per request, after %d warm-up requests)
                %s%s%s%s  machine load average (1, 5, 15 min) before %s, after %s
                  target: matches p95 <= 100 ms per need
                  sample: %s
                """, needs.size(), organisations.size(), items, loadSeconds, WARM_UP, api, page, reverse, parts, loadBefore, load(),
                sample.length() > 600 ? sample.substring(0, 600) + "…" : sample);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/matching-benchmark.txt"), report);
        assertThat(needs).hasSize(2_000);
        assertThat(items).isGreaterThanOrEqualTo(100_000);
    }

    /** The machine is shared: its load says how far the figures are from what it does alone. */
    private static String load() throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? String.join(" ", Arrays.asList(Files.readString(loadavg).split(" ")).subList(0, 3))
                : "unknown";
    }

    /** The two reads of other modules a need's matches make, in-process: the aid count and the registry's profiles. */
    private String parts(List<Long> needs) {
        record Criteria(String field, String[] categories, String[] communes) {
        }
        List<Criteria> criteria = needs.stream().limit(ROUNDS / 2).map(id -> jdbc.sql("""
                select priority_field, array(select distinct left(s, 3) from unnest(sectors) s) as categories,
                       communes from mobilisation.need where id = :id
                """).param("id", id).query((rs, row) -> new Criteria(rs.getString(1),
                (String[]) rs.getArray(2).getArray(), (String[]) rs.getArray(3).getArray())).single()).toList();
        long[] aid = new long[criteria.size()];
        long[] profiles = new long[criteria.size()];
        for (int i = 0; i < criteria.size(); i++) {
            Criteria need = criteria.get(i);
            long t = System.nanoTime();
            List<Long> donorIds = donors.similarAid(List.of(need.categories()), List.of(need.communes())).stream()
                    .map(DonorHistory::donorId).toList();
            aid[i] = System.nanoTime() - t;
            t = System.nanoTime();
            registry.funders(need.field(), List.of(need.categories()), List.of(need.communes()), donorIds);
            profiles[i] = System.nanoTime() - t;
        }
        return String.format("""
                  in-process, per need: aid count of similar aid p50 %6.1f  p95 %6.1f ms; registry profiles p50 %6.1f  \
                p95 %6.1f ms (%d needs)
                """, ms(aid, 50), ms(aid, 95), ms(profiles, 50), ms(profiles, 95), criteria.size());
    }

    private String measure(String label, int rounds, IntFunction<String> path) throws Exception {
        for (int i = 0; i < WARM_UP; i++) { // JIT, plans, caches; on other needs than the measured ones
            get(path.apply(i + 1500));
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = get(path.apply(i));
            nanos[i] = System.nanoTime() - t;
            assertThat(response.statusCode()).as(path.apply(i)).isEqualTo(200);
        }
        return String.format("  %-44s HTTP p50 %6.1f  p95 %6.1f  p99 %6.1f ms (%d requests)%n", label, ms(nanos, 50),
                ms(nanos, 95), ms(nanos, 99), rounds);
    }

    /** The API with the focal point's demo token; pages with the focal point signed in. */
    private HttpResponse<String> get(String path) throws Exception {
        if (path.startsWith("/app/")) {
            return browser.get(path);
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer demo-focal").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
