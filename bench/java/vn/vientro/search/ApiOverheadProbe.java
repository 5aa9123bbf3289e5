package vn.vientro.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an API request costs besides its own work: {@code GET /api/v1/search?q=} (an empty query runs no search SQL)
 * signed in by a token, the same without a token (refused 401), and the round trips to PostgreSQL each one makes
 * (PgJDBC's protocol trace for one request). Run: {@code bench/api-overhead.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vientro.data-dir=target/bench-data/${random.uuid}", "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
class ApiOverheadProbe {

    private static final int REQUESTS = 2_000;

    @LocalServerPort
    int port;

    @Autowired
    LoggingSystem logging;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measuresTheFixedCostOfAnApiRequest() throws Exception {
        for (int i = 0; i < 500; i++) { // warm-up: JIT, pools
            get("/api/v1/search?q=", true);
            get("/api/v1/search?q=", false);
            get("/api/v1/search?q=ha+noi", true);
        }
        StringBuilder report = new StringBuilder("API overhead probe\n");
        report.append(timed("GET /api/v1/search?q=       token", "/api/v1/search?q=", true));
        report.append(timed("GET /api/v1/search?q=       none ", "/api/v1/search?q=", false));
        report.append(timed("GET /api/v1/search?q=ha+noi token", "/api/v1/search?q=ha+noi", true));
        report.append(timed("GET /api/v1/me              token", "/api/v1/me", true));
        // one request of each with the protocol trace on: every message PgJDBC sends
        java.util.logging.Logger pgjdbc = java.util.logging.Logger.getLogger("org.postgresql");
        pgjdbc.setLevel(Level.FINEST);
        logging.setLogLevel("org.postgresql", LogLevel.TRACE);
        System.out.println("=== TRACE search q= token ===");
        get("/api/v1/search?q=", true);
        System.out.println("=== TRACE search q=ha+noi token ===");
        get("/api/v1/search?q=ha+noi", true);
        System.out.println("=== TRACE end ===");
        logging.setLogLevel("org.postgresql", LogLevel.INFO);
        pgjdbc.setLevel(Level.INFO);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/api-overhead.txt"), report);
    }

    private String timed(String label, String path, boolean token) throws Exception {
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            get(path, token);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("  %s  p50 %6.2f ms   p95 %6.2f ms%n", label, nanos[REQUESTS / 2] / 1e6,
                nanos[REQUESTS * 95 / 100] / 1e6);
    }

    private int get(String path, boolean token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token) {
            request.header("Authorization", "Bearer demo-focal");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
