package vn.vientro.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vientro.VientroApplication;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as a separate operating-system process, as it runs in production, on a data folder of its own. */
final class AppProcess {

    static final String BOOTSTRAP_PASSWORD = "Khoi-dong-2026";

    final Process process;
    final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The first start on an empty folder makes the first administrator from the bootstrap password. */
    static AppProcess start(Path dataDir, String... arguments) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> options = new ArrayList<>(List.of("--server.port=" + port, "--vientro.data-dir=" + dataDir,
                "--vientro.bootstrap.admin-password=" + BOOTSTRAP_PASSWORD));
        options.addAll(List.of(arguments));
        return new AppProcess(launch(dataDir, options), port);
    }

    /** Runs the jar's main class with these arguments ({@code backup --to ...}) and waits for it to end. */
    static int run(Path logDir, Duration timeout, String... arguments) throws IOException, InterruptedException {
        Process process = launch(logDir, List.of(arguments));
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Still running after " + timeout + ": " + List.of(arguments));
        }
        return process.exitValue();
    }

    private static Process launch(Path outputDir, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                VientroApplication.class.getName()));
        command.addAll(arguments);
        Files.createDirectories(outputDir);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(outputDir.resolve("app-output.log").toFile()))
                .start();
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

    /** The first administrator makes an API token on the profile page. */
    String administratorsToken() {
        WebClient admin = WebClient.signedIn(port, "admin", BOOTSTRAP_PASSWORD);
        admin.get("/app/profile");
        admin.post("/app/profile/tokens", Map.of("name", "Kiểm tra vận hành"));
        Matcher token = Pattern.compile("id=\"new-token\">(vt_[A-Za-z0-9_-]+)<")
                .matcher(admin.get("/app/profile").body());
        assertThat(token.find()).as("the new token is shown").isTrue();
        return token.group(1);
    }

    void killHard() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL
        process.waitFor();
    }

    void stopGracefully() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring shuts down, then stops PostgreSQL
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The embedded PostgreSQL server running on the data folder, from its {@code postmaster.pid}. */
    static Optional<ProcessHandle> postmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }
}
