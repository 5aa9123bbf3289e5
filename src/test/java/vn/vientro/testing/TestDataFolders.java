package vn.vientro.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationContext;
import vn.vientro.platform.VientroProperties;

/**
 * The test contexts' data folders when they live in memory ({@code vientro.test.data-root} outside {@code target},
 * the pom's {@code test-data-in-memory} profile): nothing cleans {@code /dev/shm} for us, so each folder is removed
 * once its PostgreSQL stopped at the JVM's end, and folders an earlier run left behind (a killed JVM) are removed
 * when a run begins, never one whose server still runs (another build on the same machine).
 */
final class TestDataFolders {

    private static final Set<Path> OURS = ConcurrentHashMap.newKeySet();
    private static final long STOP_WAIT_MILLIS = 20_000;
    private static volatile boolean started;

    private TestDataFolders() {
    }

    /** Notes the folder of a context under test, the first time it is seen. */
    static void track(ApplicationContext context) {
        String root = context.getEnvironment().getProperty("vientro.test.data-root");
        if (root == null || root.startsWith("target")) {
            return;
        }
        Path rootPath = Path.of(root).toAbsolutePath().normalize();
        // the bound value: the property itself names a new ${random.uuid} each time it is read
        Path folder = context.getBean(VientroProperties.class).dataDir().toAbsolutePath().normalize();
        if (!folder.startsWith(rootPath)) {
            return;
        }
        startOnce(rootPath);
        OURS.add(folder);
        // the log file's folder: logging.file.name names ${vientro.data-dir} too, read once more (another uuid)
        if (context.containsBean(LoggingApplicationListener.LOG_FILE_BEAN_NAME)) {
            Path logFolder = Path.of(context.getBean(LoggingApplicationListener.LOG_FILE_BEAN_NAME).toString())
                    .toAbsolutePath().normalize().getParent().getParent();
            if (logFolder.startsWith(rootPath) && !logFolder.equals(rootPath)) {
                OURS.add(logFolder);
            }
        }
    }

    private static synchronized void startOnce(Path root) {
        if (started) {
            return;
        }
        started = true;
        removeLeftovers(root);
        Runtime.getRuntime().addShutdownHook(new Thread(TestDataFolders::removeOurs, "test-data-folders"));
    }

    private static void removeLeftovers(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            // a folder with a database whose server is gone; a log folder only once its run surely ended
            folders.filter(folder -> !OURS.contains(folder) && postmaster(folder).isEmpty()
                            && olderThan(folder, Files.isDirectory(folder.resolve("pg")) ? 60_000 : 6 * 3_600_000))
                    .forEach(TestDataFolders::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At the JVM's end, as Spring's own hook closes the contexts: waits for each server to stop, then removes. */
    private static void removeOurs() {
        long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
        for (Path folder : List.copyOf(OURS)) {
            while (postmaster(folder).isPresent() && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (postmaster(folder).isEmpty()) {
                delete(folder);
            }
        }
    }

    private static Optional<ProcessHandle> postmaster(Path folder) {
        Path pidFile = folder.resolve("pg/postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            // a server writing its pid file right now, or a live one
            return first.matches("\\d+") ? ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive)
                    : Optional.of(ProcessHandle.current());
        } catch (IOException | RuntimeException e) {
            return Optional.of(ProcessHandle.current()); // unsure: keep it
        }
    }

    private static boolean olderThan(Path folder, long millis) {
        try {
            return Files.getLastModifiedTime(folder).toMillis() < System.currentTimeMillis() - millis;
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // another run removing it at the same time, or gone already
        }
    }
}
