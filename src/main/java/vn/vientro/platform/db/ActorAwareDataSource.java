package vn.vientro.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.vientro.platform.Actor;

/**
 * Tells PostgreSQL who is acting on every connection handed out, so the audit trigger can record it. Writes that do
 * not go through this pool (psql, another tool) are still audited, with the database user's name instead.
 */
class ActorAwareDataSource extends DelegatingDataSource implements AutoCloseable {

    /**
     * Finding the actor may itself need a connection (Spring Session loads the security context from the database
     * on first use); that inner connection serves the session machinery and is tagged as such.
     */
    private static final ThreadLocal<Boolean> RESOLVING_ACTOR = ThreadLocal.withInitial(() -> false);

    /** The actor each physical connection was last tagged with; a connection the pool drops is forgotten with it. */
    private static final Map<Connection, String> TAGS = Collections.synchronizedMap(new WeakHashMap<>());

    ActorAwareDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return tagged(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return tagged(super.getConnection(username, password));
    }

    private static String currentActor() {
        if (RESOLVING_ACTOR.get()) {
            return "system:session";
        }
        RESOLVING_ACTOR.set(true);
        try {
            return Actor.current();
        } finally {
            RESOLVING_ACTOR.set(false);
        }
    }

    /** Closes the pool underneath, so the pool stops before the embedded server does. */
    @Override
    public void close() throws Exception {
        if (obtainTargetDataSource() instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /**
     * Sets the actor unless the pooled connection underneath already carries it from its last use. The setting is made
     * in auto-commit mode, the pool's default when it hands a connection out, so no rollback can undo it. Nothing else
     * may set {@code vientro.actor} (or run {@code RESET ALL} / {@code DISCARD ALL}) on a pooled connection: the tag
     * is trusted until the pool retires the connection.
     */
    private static Connection tagged(Connection connection) throws SQLException {
        String actor = currentActor();
        Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class)
                : connection;
        if (actor.equals(TAGS.get(physical)) && connection.getAutoCommit()) {
            return connection;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('vientro.actor', ?, false)")) {
            statement.setString(1, actor);
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        if (connection.getAutoCommit()) {
            TAGS.put(physical, actor);
        }
        return connection;
    }
}
