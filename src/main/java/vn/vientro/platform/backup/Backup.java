package vn.vientro.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.platform.backup.BackupManifest.SequencePosition;
import vn.vientro.platform.backup.BackupManifest.TableCopy;
import vn.vientro.platform.backup.TableCopies.Table;

/**
 * Takes a consistent backup while the application runs. The tables are read in one repeatable-read snapshot; the
 * files after it. A kept file never changes and is written before the row that names it commits, so every file the
 * snapshot's rows name is there by then (a file kept since is copied too, unnamed and harmless).
 */
final class Backup {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BUFFER = 1 << 16;

    private Backup() {
    }

    static BackupManifest take(DatabaseEndpoint database, Path filesDir, Path target) throws IOException, SQLException {
        long start = System.nanoTime();
        Path scratch = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".vientro-backup-");
        try (BackupArchive.Writer archive = new BackupArchive.Writer(target)) {
            Snapshot snapshot = copyTables(database, scratch, archive);
            KeptFiles files = addFiles(archive, filesDir);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now(),
                    (System.nanoTime() - start) / 1_000_000, applicationVersion(), database.kind(), snapshot.server(),
                    snapshot.schemaVersion(), snapshot.tables(), snapshot.sequences(), files.count(), files.bytes());
            archive.add(BackupArchive.MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            archive.finish();
            return manifest;
        } finally {
            deleteTree(scratch);
        }
    }

    private record Snapshot(String server, String schemaVersion, List<TableCopy> tables,
                            List<SequencePosition> sequences) {
    }

    /** Every table as one repeatable-read transaction sees it: the state of one instant. */
    private static Snapshot copyTables(DatabaseEndpoint database, Path scratch, BackupArchive.Writer archive)
            throws IOException, SQLException {
        try (Connection connection = database.application()) {
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            String schemaVersion = single(connection, """
                    select version from flyway_schema_history where success and version is not null
                     order by installed_rank desc limit 1""");
            String server = single(connection, "select version()");
            List<TableCopy> tables = new ArrayList<>();
            for (Table table : TableCopies.tables(connection)) {
                tables.add(copy(connection, table, scratch, archive));
            }
            List<SequencePosition> sequences = TableCopies.sequences(connection);
            connection.commit();
            return new Snapshot(server, schemaVersion, tables, sequences);
        }
    }

    private static TableCopy copy(Connection connection, Table table, Path scratch, BackupArchive.Writer archive)
            throws IOException, SQLException {
        Path data = scratch.resolve(table.schema() + "." + table.name());
        long rows;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data), BUFFER)) {
            rows = TableCopies.copyOut(connection, table, out);
        }
        archive.add(table.entry(), data);
        Files.delete(data);
        return new TableCopy(table.schema(), table.name(), rows, table.entry());
    }

    private record KeptFiles(long count, long bytes) {
    }

    /** Adds every kept file (not one still being written aside). */
    private static KeptFiles addFiles(BackupArchive.Writer archive, Path filesDir) throws IOException {
        if (!Files.isDirectory(filesDir)) {
            return new KeptFiles(0, 0);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(filesDir)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().endsWith(".part"))
                    .sorted().toList();
        }
        long bytes = 0;
        for (Path file : files) {
            archive.add("files/" + filesDir.relativize(file).toString().replace('\\', '/'), file);
            bytes += Files.size(file);
        }
        return new KeptFiles(files.size(), bytes);
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            if (!row.next()) {
                throw new SQLException("The database has no application schema: " + query);
            }
            return row.getString(1);
        }
    }

    private static String applicationVersion() {
        String version = Backup.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
