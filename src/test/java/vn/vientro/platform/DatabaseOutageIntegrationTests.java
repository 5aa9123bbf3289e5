package vn.vientro.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL server (its postmaster) is killed with SIGKILL while an API client writes in a loop and a
 * monitor, a signed-in browser and an API reader keep asking: the application, a separate process as in production,
 * is not restarted. Its supervisor starts the server again, PostgreSQL recovers from its write-ahead log, and the same
 * requests succeed again; meanwhile requests are answered quickly with a 503 and written to the request log. The
 * first kill is left to recover by itself (its time is measured); after the second the server is kept from starting
 * for a few seconds, so that every kind of request surely meets the outage.
 */
class DatabaseOutageIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration QUICK_ANSWER = Duration.ofMillis(2500);
    private static final Duration HELD_DOWN = Duration.ofSeconds(4);

    /** One request and what it got; status 0 when the answer was cut short. */
    record Exchange(String path, long startedAt, long millis, int status, String body, String code) {

        boolean failed() {
            return status != 200 && status != 201;
        }
    }

    /** One kill of the postmaster: when, and when the application acknowledged writes again. */
    record Outage(long killedAt, Instant killedOn, long recoveredAt) {

        boolean covers(Exchange exchange) {
            return exchange.startedAt() > killedAt && exchange.startedAt() < recoveredAt;
        }
    }

    @Test
    void answersQuickly503sWhileItsDatabaseServerIsDownAndRecoversWithEveryAcknowledgedWrite(@TempDir Path dataDir)
            throws Exception {
        AppProcess app = AppProcess.start(dataDir);
        try {
            app.awaitHealthy(Duration.ofSeconds(120));
            String token = app.administratorsToken();
            String session = WebClient.signedIn(app.port, "admin", AppProcess.BOOTSTRAP_PASSWORD).cookie("SESSION")
                    .orElseThrow();
            List<Exchange> writes = new CopyOnWriteArrayList<>();
            List<Exchange> probes = new CopyOnWriteArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            clients.submit(() -> repeat(running, writes, counter -> write(app.port, token, "GHI-" + counter)));
            clients.submit(() -> repeat(running, probes, counter -> get(app.port, "/actuator/health")));
            clients.submit(() -> repeat(running, probes, counter -> get(app.port, "/app", "Cookie",
                    "SESSION=" + session)));
            clients.submit(() -> repeat(running, probes, counter -> get(app.port, "/api/v1/me", "Authorization",
                    "Bearer " + token)));
            Thread.sleep(1000);
            Outage natural = kill(dataDir, Duration.ZERO, writes, probes);
            Outage held = kill(dataDir, HELD_DOWN, writes, probes);
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);

            Set<String> present = agencyCodes(app.port, token);
            report(natural, held, writes, probes, present);
            assertThat(Duration.ofNanos(natural.recoveredAt() - natural.killedAt())).as("recovery")
                    .isLessThan(Duration.ofSeconds(30));
            assertEveryAcknowledgedWriteIsPresent(writes, present);
            assertOutageAnsweredQuicklyWith503(List.of(natural, held), writes, probes);
            assertEveryKindMetTheOutageAsItShould(held, writes, probes);
            assertEveryFailureIsInTheRequestLog(dataDir.resolve("logs/vientro.log"), natural.killedOn(), writes,
                    probes);
            assertThat(get(app.port, "/app", "Cookie", "SESSION=" + session).status())
                    .as("the session signed in before the outages goes on").isEqualTo(200);
        } finally {
            app.stopGracefully();
        }
    }

    private static void repeat(AtomicBoolean running, List<Exchange> into, IntFunction<Exchange> call) {
        for (int counter = 0; running.get(); counter++) {
            into.add(call.apply(counter));
            sleep(50);
        }
    }

    /**
     * Kills the postmaster; to hold the server down, hides its data directory's {@code PG_VERSION} (which only a
     * starting server reads) for that long, so that each start the supervisor tries ends at once. Returns when writes
     * are acknowledged again and health is UP.
     */
    private static Outage kill(Path dataDir, Duration holdDown, List<Exchange> writes, List<Exchange> probes)
            throws IOException, InterruptedException {
        ProcessHandle postmaster = AppProcess.postmaster(dataDir).orElseThrow();
        Path version = dataDir.resolve("pg/PG_VERSION");
        Path hidden = dataDir.resolve("pg/PG_VERSION.held");
        if (!holdDown.isZero()) {
            Files.move(version, hidden);
        }
        long killedAt = System.nanoTime();
        Instant killedOn = Instant.now();
        postmaster.destroyForcibly(); // SIGKILL
        if (!holdDown.isZero()) {
            Thread.sleep(holdDown.toMillis());
            Files.move(hidden, version);
        }
        return new Outage(killedAt, killedOn, awaitRecovery(writes, probes, killedAt));
    }

    /** The first write acknowledged after the kill, once ten were and health is UP again; at most a minute. */
    private static long awaitRecovery(List<Exchange> writes, List<Exchange> probes, long killedAt) {
        long deadline = killedAt + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<Exchange> acknowledged = writes.stream().filter(w -> w.startedAt() > killedAt && w.status() == 201)
                    .toList();
            boolean healthyAgain = probes.stream().anyMatch(p -> p.startedAt() > killedAt
                    && p.path().equals("/actuator/health") && p.status() == 200);
            if (acknowledged.size() >= 10 && healthyAgain) {
                return acknowledged.stream().mapToLong(w -> w.startedAt() + w.millis() * 1_000_000).min()
                        .orElseThrow();
            }
            sleep(200);
        }
        throw new AssertionError("The application did not serve writes again within 60 s of the kill");
    }

    private static void report(Outage natural, Outage held, List<Exchange> writes, List<Exchange> probes,
                               Set<String> present) {
        List<Exchange> failed = failures(writes, probes);
        System.out.printf("Database outage drill: postmaster killed with SIGKILL; writes acknowledged again after "
                + "%d ms (and %d ms after a second kill, the server kept from starting for %d s)%n",
                (natural.recoveredAt() - natural.killedAt()) / 1_000_000,
                (held.recoveredAt() - held.killedAt()) / 1_000_000, HELD_DOWN.toSeconds());
        System.out.printf("  writes: %d attempted, %d acknowledged (201), %d of them present afterwards; "
                + "%d not acknowledged, %d of them present%n", writes.size(),
                writes.stream().filter(w -> w.status() == 201).count(),
                writes.stream().filter(w -> w.status() == 201 && present.contains(w.code())).count(),
                writes.stream().filter(w -> w.status() != 201).count(),
                writes.stream().filter(w -> w.status() != 201 && present.contains(w.code())).count());
        System.out.printf("  failed requests: %d, statuses %s (0: cut short); slowest answer to a request made after "
                        + "a kill %d ms%n", failed.size(),
                failed.stream().collect(Collectors.groupingBy(Exchange::status, Collectors.counting())),
                failed.stream().filter(e -> natural.covers(e) || held.covers(e)).mapToLong(Exchange::millis).max()
                        .orElse(0));
    }

    private static void assertEveryAcknowledgedWriteIsPresent(List<Exchange> writes, Set<String> present) {
        assertThat(writes.stream().filter(w -> w.status() == 201).map(Exchange::code).toList())
                .hasSizeGreaterThan(20).allMatch(present::contains);
    }

    /**
     * A request made after a kill gets a 503, quickly. One already under way may take its usual time first, and
     * when its answer had begun (a page half sent) it can only be cut short: the client sees no status.
     */
    private static void assertOutageAnsweredQuicklyWith503(List<Outage> outages, List<Exchange> writes,
                                                           List<Exchange> probes) {
        List<Exchange> failed = failures(writes, probes);
        assertThat(failed).isNotEmpty().allSatisfy(e -> assertThat(e.status()).as(e.path()).isIn(503, 0));
        assertThat(failed).filteredOn(e -> outages.stream().anyMatch(outage -> outage.covers(e))).allSatisfy(e -> {
            assertThat(e.status()).as(e.path()).isEqualTo(503);
            assertThat(Duration.ofMillis(e.millis())).as(e.path()).isLessThan(QUICK_ANSWER);
        });
        long lastRecovery = outages.stream().mapToLong(Outage::recoveredAt).max().orElseThrow();
        assertThat(writes).filteredOn(w -> w.startedAt() > lastRecovery).allMatch(w -> w.status() == 201);
    }

    /** While the server is held down, each kind of request meets the outage and is answered as it should be. */
    private static void assertEveryKindMetTheOutageAsItShould(Outage held, List<Exchange> writes,
                                                              List<Exchange> probes) {
        List<Exchange> failed = failures(writes, probes).stream().filter(held::covers).toList();
        assertThat(failed).filteredOn(e -> e.path().startsWith("/api/")).extracting(Exchange::path)
                .contains("/api/v1/agencies", "/api/v1/me");
        assertThat(failed).filteredOn(e -> e.path().startsWith("/api/")).allSatisfy(e -> assertThat(
                JSON.readTree(e.body()).path("type").asString()).isEqualTo("/problems/service-unavailable"));
        assertThat(failed).filteredOn(e -> e.path().equals("/app")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.body()).contains("Hệ thống tạm ngừng phục vụ"));
        assertThat(failed).filteredOn(e -> e.path().equals("/actuator/health")).as("health says DOWN").isNotEmpty()
                .allSatisfy(e -> assertThat(e.body()).contains("DOWN"));
    }

    /**
     * Each request that failed since the first kill is a line of the request log (ECS JSON lines): with its 503, or,
     * cut short, with the failure noted.
     */
    private static void assertEveryFailureIsInTheRequestLog(Path log, Instant killedOn, List<Exchange> writes,
                                                            List<Exchange> probes) throws IOException {
        Map<String, Long> logged = Files.readAllLines(log).stream()
                .map(JSON::readTree)
                .filter(line -> line.path("log").path("logger").asString("").equals("vientro.request"))
                .filter(line -> Instant.parse(line.path("@timestamp").asString()).isAfter(killedOn))
                .filter(line -> line.path("http").path("status").asInt() == 503
                        || line.path("event").path("outcome").asString("").equals("failure"))
                .collect(Collectors.groupingBy(line -> line.path("url").path("path").asString(),
                        Collectors.counting()));
        Map<String, Long> answered = failures(writes, probes).stream()
                .collect(Collectors.groupingBy(Exchange::path, Collectors.counting()));
        assertThat(logged).isEqualTo(answered);
    }

    private static List<Exchange> failures(List<Exchange> writes, List<Exchange> probes) {
        return Stream.concat(writes.stream(), probes.stream()).filter(Exchange::failed).toList();
    }

    private static Set<String> agencyCodes(int port, String token) {
        return JSON.readTree(WebClient.api(port, "GET", "/api/v1/agencies", token, null).body()).valueStream()
                .map(agency -> agency.path("code").asString()).collect(Collectors.toSet());
    }

    private static Exchange write(int port, String token, String code) {
        String body = "{\"code\":\"" + code + "\",\"nameVi\":\"Cơ quan " + code + "\",\"kind\":\"OTHER\"}";
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agencies"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), code);
    }

    private static Exchange get(int port, String path, String... header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Accept", path.startsWith("/app") ? "text/html" : "application/json");
        if (header.length == 2) {
            request.header(header[0], header[1]);
        }
        return send(request, "");
    }

    private static Exchange send(HttpRequest.Builder request, String code) {
        long start = System.nanoTime();
        HttpRequest built = request.timeout(Duration.ofSeconds(20)).build();
        int status = 0;
        String body = "";
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
        } catch (IOException e) {
            body = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Exchange(built.uri().getPath(), start, (System.nanoTime() - start) / 1_000_000, status, body, code);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
