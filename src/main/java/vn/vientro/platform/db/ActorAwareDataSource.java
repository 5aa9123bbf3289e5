package vn.vientro.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    private static Connection tagged(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('vientro.actor', ?, false)")) {
            statement.setString(1, currentActor());
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
