package vn.vientro.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vientro.VientroApplication;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application process is killed with SIGKILL (no shutdown hook runs, the embedded PostgreSQL is orphaned) and
 * started again on the same data folder: it must come up by itself with every committed change intact.
 */
class CrashRecoveryIntegrationTests {

    private static final String BOOTSTRAP_PASSWORD = "Khoi-dong-2026";

    @Test
    void restartsAfterKillNineWithNoManualStepAndLosesNothingCommitted(@TempDir Path dataDir) throws Exception {
        AppProcess first = AppProcess.start(dataDir);
        first.awaitHealthy(Duration.ofSeconds(120));
        String token = administratorsToken(first.port);
        HttpResponse<String> created = WebClient.api(first.port, "POST", "/api/v1/agencies", token,
                "{\"code\":\"TRUOC-SU-CO\",\"nameVi\":\"Cơ quan ghi trước sự cố\",\"kind\":\"OTHER\"}");
        assertThat(created.statusCode()).isEqualTo(201);

        first.killHard();
        Optional<ProcessHandle> orphan = postmaster(dataDir);
        assertThat(orphan).as("kill -9 leaves the PostgreSQL server running as an orphan").isPresent();

        AppProcess second = AppProcess.start(dataDir);
        try {
            Duration startup = second.awaitHealthy(Duration.ofSeconds(120));
            System.out.printf("Restart after kill -9: healthy after %d ms%n", startup.toMillis());
            assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
            assertThat(WebClient.api(second.port, "GET", "/api/v1/agencies", token, null).body())
                    .contains("TRUOC-SU-CO").contains("Cơ quan ghi trước sự cố");
        } finally {
            second.stopGracefully();
        }
        assertThat(postmaster(dataDir)).as("a normal stop also stops PostgreSQL").isEmpty();
    }

    /** The first administrator, made at the first start from the bootstrap password, makes a token on the profile page. */
    private static String administratorsToken(int port) {
        WebClient admin = WebClient.signedIn(port, "admin", BOOTSTRAP_PASSWORD);
        admin.get("/app/profile");
        admin.post("/app/profile/tokens", java.util.Map.of("name", "Kiểm tra sau sự cố"));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("id=\"new-token\">(vt_[A-Za-z0-9_-]+)<")
                .matcher(admin.get("/app/profile").body());
        assertThat(token.find()).as("the new token is shown").isTrue();
        return token.group(1);
    }

    private static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    /** The application as a separate operating-system process, as it runs in production. */
    static final class AppProcess {

        final Process process;
        final int port;

        private AppProcess(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static AppProcess start(Path dataDir) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"),
                    VientroApplication.class.getName(),
                    "--server.port=" + port,
                    "--vientro.data-dir=" + dataDir,
                    "--vientro.bootstrap.admin-password=" + BOOTSTRAP_PASSWORD));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app-output.log").toFile()))
                    .start();
            return new AppProcess(process, port);
        }

        Duration awaitHealthy(Duration timeout) throws InterruptedException {
            long start = System.nanoTime();
            while (System.nanoTime() - start < timeout.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application exited with " + process.exitValue());
                }
                try {
                    if (WebClient.api(port, "GET", "/actuator/health", null, null).body().contains("\"UP\"")) {
                        return Duration.ofNanos(System.nanoTime() - start);
                    }
                } catch (IllegalStateException notYetListening) {
                    // connection refused while starting
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("Not healthy within " + timeout);
        }

        void killHard() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL
            process.waitFor();
        }

        void stopGracefully() throws InterruptedException {
            process.destroy(); // SIGTERM: Spring shuts down, then stops PostgreSQL
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
