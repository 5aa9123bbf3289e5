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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL server (its postmaster) is killed with SIGKILL while an API client writes in a loop and a
 * browser and a monitor keep asking: the application, a separate process as in production, is not restarted. Its
 * supervisor starts the server again, PostgreSQL recovers from its write-ahead log, and the same requests succeed
 * again; meanwhile every request is answered quickly with a 503 and written to the request log.
 */
class DatabaseOutageIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration QUICK_ANSWER = Duration.ofMillis(2500);

    /** One request and what it got; status 0 when no answer came. */
    record Exchange(String path, long startedAt, long millis, int status, String body, String code) {
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
            for (int i = 0; i < 10; i++) {
                writes.add(write(app.port, token, "TRUOC-" + i));
            }
            assertThat(writes).allMatch(write -> write.status() == 201);

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(2);
            clients.submit(() -> writeInALoop(app.port, token, writes, running));
            clients.submit(() -> probeInALoop(app.port, token, session, probes, running));
            Thread.sleep(1000);
            ProcessHandle postmaster = AppProcess.postmaster(dataDir).orElseThrow();
            long killedAt = System.nanoTime();
            Instant killedOn = Instant.now();
            postmaster.destroyForcibly(); // SIGKILL
            long recoveredAt = awaitRecovery(writes, probes, killedAt);
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);

            Set<String> present = agencyCodes(app.port, token);
            report(killedAt, recoveredAt, writes, probes, present);
            assertRecoveredWithin30Seconds(killedAt, recoveredAt);
            assertEveryAcknowledgedWriteIsPresent(writes, present);
            assertOutageAnsweredQuicklyWith503(writes, probes, killedAt, recoveredAt);
            assertEveryFailureIsInTheRequestLog(dataDir.resolve("logs/vientro.log"), killedOn, writes, probes);
            assertThat(get(app.port, "/app", "Cookie", "SESSION=" + session).status())
                    .as("the session signed in before the outage goes on").isEqualTo(200);
        } finally {
            app.stopGracefully();
        }
    }

    private static void writeInALoop(int port, String token, List<Exchange> writes, AtomicBoolean running) {
        for (int i = 0; running.get(); i++) {
            writes.add(write(port, token, "GHI-" + i));
        }
    }

    /** The monitor's health check, a staff page with its session cookie and an API read, in turn. */
    private static void probeInALoop(int port, String token, String session, List<Exchange> probes,
                                     AtomicBoolean running) {
        List<Function<Integer, Exchange>> kinds = List.of(p -> get(p, "/actuator/health"),
                p -> get(p, "/app", "Cookie", "SESSION=" + session),
                p -> get(p, "/api/v1/me", "Authorization", "Bearer " + token));
        for (int i = 0; running.get(); i++) {
            probes.add(kinds.get(i % kinds.size()).apply(port));
            sleep(100);
        }
    }

    /** The first write acknowledged after the kill, and health UP again after it; at most a minute. */
    private static long awaitRecovery(List<Exchange> writes, List<Exchange> probes, long killedAt) {
        long deadline = killedAt + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            long acknowledgedAfter = writes.stream().filter(w -> w.startedAt() > killedAt && w.status() == 201).count();
            boolean healthyAgain = probes.stream().anyMatch(p -> p.startedAt() > killedAt
                    && p.path().equals("/actuator/health") && p.status() == 200);
            if (acknowledgedAfter >= 10 && healthyAgain) {
                return writes.stream().filter(w -> w.startedAt() > killedAt && w.status() == 201)
                        .mapToLong(w -> w.startedAt() + w.millis() * 1_000_000).min().orElseThrow();
            }
            sleep(200);
        }
        throw new AssertionError("The application did not serve writes again within 60 s of the kill");
    }

    private static void report(long killedAt, long recoveredAt, List<Exchange> writes, List<Exchange> probes,
                               Set<String> present) {
        long acknowledged = writes.stream().filter(w -> w.status() == 201).count();
        long acknowledgedPresent = writes.stream().filter(w -> w.status() == 201 && present.contains(w.code())).count();
        long unanswered = writes.stream().filter(w -> w.status() != 201).count();
        long unansweredPresent = writes.stream().filter(w -> w.status() != 201 && present.contains(w.code())).count();
        List<Exchange> failed = failures(writes, probes);
        System.out.printf("Database outage drill: postmaster killed with SIGKILL; writes acknowledged again after "
                        + "%d ms%n", (recoveredAt - killedAt) / 1_000_000);
        System.out.printf("  writes: %d attempted, %d acknowledged (201), %d of them present afterwards; "
                + "%d not acknowledged, %d of them present%n", writes.size(), acknowledged, acknowledgedPresent,
                unanswered, unansweredPresent);
        System.out.printf("  failed requests: %d, statuses %s; slowest answer to a request made after the kill "
                        + "%d ms (to one under way at the kill %d ms)%n", failed.size(),
                failed.stream().collect(Collectors.groupingBy(Exchange::status, Collectors.counting())),
                failed.stream().filter(e -> e.startedAt() > killedAt).mapToLong(Exchange::millis).max().orElse(0),
                failed.stream().filter(e -> e.startedAt() <= killedAt).mapToLong(Exchange::millis).max().orElse(0));
    }

    private static void assertRecoveredWithin30Seconds(long killedAt, long recoveredAt) {
        assertThat(Duration.ofNanos(recoveredAt - killedAt)).isLessThan(Duration.ofSeconds(30));
    }

    private static void assertEveryAcknowledgedWriteIsPresent(List<Exchange> writes, Set<String> present) {
        assertThat(writes.stream().filter(w -> w.status() == 201).map(Exchange::code).toList())
                .hasSizeGreaterThan(20).allMatch(present::contains);
    }

    /** A request already under way at the kill may take its usual time before it fails; one made after, not. */
    private static void assertOutageAnsweredQuicklyWith503(List<Exchange> writes, List<Exchange> probes,
                                                           long killedAt, long recoveredAt) {
        List<Exchange> failed = failures(writes, probes);
        assertThat(failed).as("requests during the outage").isNotEmpty()
                .allSatisfy(exchange -> assertThat(exchange.status()).as(exchange.path()).isEqualTo(503));
        assertThat(failed).filteredOn(exchange -> exchange.startedAt() > killedAt).isNotEmpty().allSatisfy(
                exchange -> assertThat(Duration.ofMillis(exchange.millis())).as(exchange.path())
                        .isLessThan(QUICK_ANSWER));
        assertThat(failed).filteredOn(e -> e.path().startsWith("/api/")).isNotEmpty().allSatisfy(e -> assertThat(
                JSON.readTree(e.body()).path("type").asString()).isEqualTo("/problems/service-unavailable"));
        assertThat(failed).filteredOn(e -> e.path().equals("/app")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.body()).contains("Hệ thống tạm ngừng phục vụ"));
        assertThat(failed).filteredOn(e -> e.path().equals("/actuator/health")).as("health says DOWN").isNotEmpty()
                .allSatisfy(e -> assertThat(e.body()).contains("DOWN"));
        assertThat(writes).filteredOn(w -> w.startedAt() > recoveredAt).allMatch(w -> w.status() == 201);
    }

    /** Each request that failed since the kill is a line of the request log with its status (ECS JSON lines). */
    private static void assertEveryFailureIsInTheRequestLog(Path log, Instant killedOn, List<Exchange> writes,
                                                            List<Exchange> probes) throws IOException {
        Map<String, Long> logged = Files.readAllLines(log).stream()
                .map(JSON::readTree)
                .filter(line -> line.path("log").path("logger").asString("").equals("vientro.request"))
                .filter(line -> Instant.parse(line.path("@timestamp").asString()).isAfter(killedOn))
                .filter(line -> line.path("http").path("status").asInt() == 503)
                .collect(Collectors.groupingBy(line -> line.path("url").path("path").asString(),
                        Collectors.counting()));
        Map<String, Long> answered = failures(writes, probes).stream()
                .collect(Collectors.groupingBy(Exchange::path, Collectors.counting()));
        assertThat(logged).isEqualTo(answered);
    }

    private static List<Exchange> failures(List<Exchange> writes, List<Exchange> probes) {
        return Stream.concat(writes.stream(), probes.stream())
                .filter(e -> e.status() != 200 && e.status() != 201).toList();
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
