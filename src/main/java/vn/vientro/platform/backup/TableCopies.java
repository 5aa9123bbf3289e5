package vn.vientro.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import vn.vientro.platform.backup.BackupManifest.SequencePosition;

/**
 * The application's tables and sequences, read and written with PostgreSQL's COPY through the JDBC driver: no
 * {@code pg_dump} is needed (the embedded server's bundle has none, and a client of another major version would
 * refuse the server). The schema itself is not copied: the application's migrations make it.
 */
final class TableCopies {

    /** Every table (a partition on its own) but Flyway's history, which a restore writes anew by migrating. */
    private static final String TABLES = """
            select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind = 'r'
               and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
               and not (n.nspname = 'public' and c.relname = 'flyway_schema_history')
               and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
             order by 1, 2
            """;
    private static final String SEQUENCES = """
            select schemaname, sequencename from pg_sequences
             where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2
            """;

    private TableCopies() {
    }

    record Table(String schema, String name) {

        String qualified() {
            return quote(schema) + "." + quote(name);
        }

        String entry() {
            return "db/" + schema + "." + name + ".copy.gz";
        }
    }

    static List<Table> tables(Connection connection) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.add(new Table(rows.getString(1), rows.getString(2)));
            }
        }
        return tables;
    }

    /** Copies the table's rows in the text format; generated columns are left out, as COPY FROM wants them. */
    static long copyOut(Connection connection, Table table, OutputStream out) throws SQLException, IOException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy " + table.qualified() + " to stdout",
                out);
    }

    static long copyIn(Connection connection, Table table, InputStream in) throws SQLException, IOException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table.qualified() + " from stdin",
                in);
    }

    static boolean isEmpty(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1 from " + table.qualified() + " limit 1")) {
            return !rows.next();
        }
    }

    /**
     * Read after the tables: a sequence is outside the snapshot and only moves forward, so the value read is at least
     * every id in the copied rows.
     */
    static List<SequencePosition> sequences(Connection connection) throws SQLException {
        List<SequencePosition> positions = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet names = statement.executeQuery(SEQUENCES)) {
            while (names.next()) {
                positions.add(position(connection, names.getString(1), names.getString(2)));
            }
        }
        return positions;
    }

    private static SequencePosition position(Connection connection, String schema, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "select last_value, is_called from " + quote(schema) + "." + quote(name))) {
            row.next();
            return new SequencePosition(schema, name, row.getLong(1), row.getBoolean(2));
        }
    }

    static void restore(Connection connection, SequencePosition position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
            statement.setString(1, quote(position.schema()) + "." + quote(position.name()));
            statement.setLong(2, position.lastValue());
            statement.setBoolean(3, position.called());
            statement.execute();
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
