package vn.vientro.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on a persistent data directory, recovering from an unclean stop first; also used by
 * the backup and restore commands, which reach the server of a running application or start one themselves.
 */
public final class EmbeddedPostgresServer {

    /** The application's database and its own (non-superuser) role, which owns every table. */
    public static final String DATABASE = "vientro";
    public static final String APP_ROLE = "vientro";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Path dataDirectory;

    public EmbeddedPostgresServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    public EmbeddedPostgres start() throws IOException {
        Files.createDirectories(dataDirectory);
        recoverFromUncleanStop();
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // zonky's defaults trade durability for speed (-F, synchronous_commit=off): a record system needs both on
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    /**
     * After {@code kill -9} of the JVM the postmaster lives on as an orphan holding the port and the pid file, and a
     * new server on the same directory would wait and fail. Stop the orphan (a fast shutdown keeps committed data,
     * the WAL replays anything not yet checkpointed) or drop a pid file whose process is gone.
     */
    private void recoverFromUncleanStop() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of).filter(this::isOurPostmaster);
        if (orphan.isPresent()) {
            log.warn("Stopping orphaned PostgreSQL server (pid {}) left on {}", orphan.get().pid(), dataDirectory);
            stop(orphan.get());
        }
        if (Files.deleteIfExists(pidFile)) {
            log.warn("Removed stale postmaster.pid from {}", dataDirectory);
        }
    }

    /** The postmaster named in the data directory's {@code postmaster.pid}, while it runs. */
    public static Optional<ProcessHandle> postmasterOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        return Files.exists(pidFile) ? readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                : Optional.empty();
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        return pidFileLine(pidFile, 0).map(Long::parseLong);
    }

    /** The port of the server running on the data directory (the fourth line of its {@code postmaster.pid}). */
    public static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
        if (postmasterOf(dataDirectory).isEmpty()) {
            return Optional.empty();
        }
        return pidFileLine(dataDirectory.resolve("postmaster.pid"), 3).map(Integer::parseInt);
    }

    /** A line of {@code postmaster.pid}: the pid first, the port fourth; empty while the server writes it. */
    private static Optional<String> pidFileLine(Path pidFile, int index) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() <= index || !lines.get(index).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(lines.get(index).trim());
    }

    private boolean isOurPostmaster(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        return command.contains("postgres") && command.contains(dataDirectory.toString());
    }

    private static void stop(ProcessHandle process) {
        // SIGINT is PostgreSQL's "fast" shutdown: it disconnects clients and checkpoints.
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping orphaned PostgreSQL", e);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("Orphaned PostgreSQL did not stop in time, killing it", e);
            process.destroyForcibly();
        }
    }

    /** Creates the application's own non-superuser role and database when they do not exist yet. */
    public static void ensureApplicationDatabase(EmbeddedPostgres postgres, String database, String role) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            if (!exists(statement, "select 1 from pg_roles where rolname = '" + role + "'")) {
                statement.execute("create role " + role + " login nosuperuser nocreaterole");
            }
            if (!exists(statement, "select 1 from pg_database where datname = '" + database + "'")) {
                statement.execute("create database " + database + " owner " + role
                        + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Cannot prepare the embedded database", e));
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet resultSet = statement.executeQuery(query)) {
            return resultSet.next();
        }
    }
}
