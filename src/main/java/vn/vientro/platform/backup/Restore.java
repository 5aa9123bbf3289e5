package vn.vientro.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import vn.vientro.platform.backup.BackupManifest.SequencePosition;
import vn.vientro.platform.backup.BackupManifest.TableCopy;
import vn.vientro.platform.backup.TableCopies.Table;

/**
 * Restores a backup into an empty database and an empty files folder. The archive is checked whole before anything is
 * written; the migrations make the schema of the backup's version; the rows go in one transaction with the
 * triggers off (the audit trail and the totals kept by triggers are restored as they were, not recorded anew).
 */
final class Restore {

    private final Path archive;
    private final Map<String, String> sums;
    private final BackupManifest manifest;

    private Restore(Path archive, Map<String, String> sums, BackupManifest manifest) {
        this.archive = archive;
        this.sums = sums;
        this.manifest = manifest;
    }

    /** Reads the whole archive once, checking every entry against its checksum, and reads its manifest. */
    static Restore check(Path archive) throws IOException {
        byte[][] manifest = new byte[1][];
        Map<String, String> sums = BackupArchive.read(archive, Map.of(), (name, content) -> {
            if (name.equals(BackupArchive.MANIFEST)) {
                manifest[0] = content.readAllBytes();
            }
        });
        if (manifest[0] == null) {
            throw new IOException("Not a Vientro backup: no " + BackupArchive.MANIFEST);
        }
        BackupManifest read = Backup.JSON.readValue(manifest[0], BackupManifest.class);
        if (!BackupManifest.FORMAT.equals(read.format())) {
            throw new IOException("Unknown backup format " + read.format());
        }
        return new Restore(archive, sums, read);
    }

    BackupManifest manifest() {
        return manifest;
    }

    void into(DatabaseEndpoint database, List<String> migrations, Path filesDir) throws IOException, SQLException {
        requireEmpty(database);
        try (Connection connection = database.loader()) {
            withTriggersOff(connection); // before anything is written: a refused user leaves the database empty
            Flyway.configure().dataSource(database.url(), database.user(), database.password())
                    .locations(migrations.toArray(String[]::new)).target(manifest.schemaVersion()).load().migrate();
            connection.setAutoCommit(false);
            emptyTablesMatching(connection);
            Map<String, Long> loaded = load(connection, filesDir);
            for (TableCopy table : manifest.tables()) {
                if (loaded.getOrDefault(table.entry(), -1L) != table.rows()) {
                    throw new IOException("Table " + table.schema() + "." + table.name() + " restored "
                            + loaded.get(table.entry()) + " rows of " + table.rows());
                }
            }
            for (SequencePosition sequence : manifest.sequences()) {
                TableCopies.restore(connection, sequence);
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    private static void requireEmpty(DatabaseEndpoint database) throws SQLException, IOException {
        try (Connection connection = database.application(); Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "select to_regclass('flyway_schema_history') is not null")) {
            history.next();
            if (history.getBoolean(1) || !TableCopies.tables(connection).isEmpty()) {
                throw new IOException("The database " + database.url() + " is not empty: restore only into a new one");
            }
        }
    }

    /** Triggers and foreign-key checks off for this session only: the rows are loaded as they were taken. */
    private static void withTriggersOff(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
        } catch (SQLException e) {
            throw new SQLException("The restore loads rows with triggers off, which this database user may not do. "
                    + "As a superuser, once: GRANT SET ON PARAMETER session_replication_role TO <user>", e);
        }
    }

    /** The migrated database has the backup's tables, some of them with reference rows the backup has too. */
    private void emptyTablesMatching(Connection connection) throws SQLException, IOException {
        List<Table> present = TableCopies.tables(connection);
        Set<String> expected = manifest.tables().stream().map(TableCopy::entry).collect(Collectors.toSet());
        Set<String> found = present.stream().map(Table::entry).collect(Collectors.toSet());
        if (!expected.equals(found)) {
            throw new IOException("The migrations at version " + manifest.schemaVersion()
                    + " do not make the backup's tables: this application version cannot restore it");
        }
        List<String> filled = new ArrayList<>();
        for (Table table : present) {
            if (!TableCopies.isEmpty(connection, table)) {
                filled.add(table.qualified());
            }
        }
        if (!filled.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate " + String.join(", ", filled) + " cascade");
            }
        }
    }

    /** Second pass: table rows into the database, files into the folder; each entry checked again as it is read. */
    private Map<String, Long> load(Connection connection, Path filesDir) throws IOException {
        Map<String, Table> tables = manifest.tables().stream()
                .collect(Collectors.toMap(TableCopy::entry, table -> new Table(table.schema(), table.name())));
        Path root = filesDir.toAbsolutePath().normalize();
        Map<String, Long> loaded = new HashMap<>();
        BackupArchive.read(archive, sums, (name, content) -> {
            if (tables.containsKey(name)) {
                loaded.put(name, copyIn(connection, tables.get(name), content));
            } else if (name.startsWith("files/")) {
                Path target = root.resolve(name.substring("files/".length())).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IOException("Entry outside the files folder: " + name);
                }
                Files.createDirectories(target.getParent());
                Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            }
        });
        return loaded;
    }

    private static long copyIn(Connection connection, Table table, InputStream content) throws IOException {
        try {
            return TableCopies.copyIn(connection, table, new GZIPInputStream(content, 1 << 16));
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Cannot restore " + table.qualified(), e));
        }
    }
}
