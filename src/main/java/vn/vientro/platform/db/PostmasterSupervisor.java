package vn.vientro.platform.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL server again when its postmaster dies (killed, out of memory): the same program with
 * the same arguments (data directory, port, settings), so PostgreSQL replays its write-ahead log (crash recovery,
 * nothing committed is lost) and the connection pool reconnects by itself. PostgreSQL's own start-up checks refuse to
 * run while a process of the dead server still holds its shared memory; the next check simply tries again. A daemon
 * thread of each node, not a scheduled job under ShedLock: every node watches its own server, and it must run while
 * the database, where ShedLock keeps its locks, is down.
 */
final class PostmasterSupervisor implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterSupervisor.class);
    private static final long CHECK_EVERY_MILLIS = 1000;
    private static final long READY_WAIT_MILLIS = 120_000;

    private final List<String> command;
    private final File output;
    private final DataSource server;
    private final ScheduledExecutorService watcher;
    private volatile ProcessHandle postmaster;
    private volatile @Nullable Long diedAt;

    private PostmasterSupervisor(ProcessHandle postmaster, List<String> command, File output, DataSource server) {
        this.postmaster = postmaster;
        this.command = command;
        this.output = output;
        this.server = server;
        this.watcher = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "postmaster-supervisor");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Watches the postmaster named in {@code postmaster.pid}. Without its command line (a platform that does not tell
     * it) there is nothing to restart with: the supervisor then only says so.
     */
    static PostmasterSupervisor watch(Path dataDirectory, DataSource server, Path logFile) throws IOException {
        ProcessHandle postmaster = EmbeddedPostgresServer.postmasterOf(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL server runs on " + dataDirectory));
        List<String> command = commandLine(postmaster);
        Files.createDirectories(logFile.getParent());
        PostmasterSupervisor supervisor = new PostmasterSupervisor(postmaster, command, logFile.toFile(), server);
        if (command.isEmpty()) {
            log.warn("Cannot read the command line of the embedded PostgreSQL server (pid {}): it will not be "
                    + "started again if it stops", postmaster.pid());
        } else {
            supervisor.watcher.scheduleWithFixedDelay(supervisor::check, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        return supervisor;
    }

    private static List<String> commandLine(ProcessHandle process) {
        Optional<String> program = process.info().command();
        Optional<String[]> arguments = process.info().arguments();
        if (program.isEmpty() || arguments.isEmpty()) {
            return List.of();
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky starts it when the application runs as root, which PostgreSQL refuses to run as
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(program.get());
        command.addAll(List.of(arguments.get()));
        return List.copyOf(command);
    }

    private void check() {
        try {
            if (postmaster.isAlive()) {
                return;
            }
            if (diedAt == null) {
                diedAt = System.nanoTime();
                log.error("The embedded PostgreSQL server (pid {}) stopped; starting it again", postmaster.pid());
            }
            restart();
        } catch (RuntimeException | IOException e) {
            log.error("Could not start the embedded PostgreSQL server again; trying again in a second", e);
        }
    }

    private void restart() throws IOException {
        Process started = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        postmaster = started.toHandle();
        if (awaitConnections(started)) {
            log.warn("The embedded PostgreSQL server (pid {}) accepts connections again, {} ms after it stopped",
                    started.pid(), (System.nanoTime() - diedAt) / 1_000_000);
            diedAt = null;
        }
    }

    /** Crash recovery may take a while on a large database; the server refuses connections until it is done. */
    private boolean awaitConnections(Process started) {
        long deadline = System.nanoTime() + READY_WAIT_MILLIS * 1_000_000;
        while (started.isAlive() && System.nanoTime() < deadline) {
            try (Connection connection = server.getConnection()) {
                return connection.isValid(1);
            } catch (SQLException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    /** Stops watching; the server is stopped by its owner ({@code pg_ctl stop} finds whichever postmaster runs). */
    @Override
    public void close() {
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
