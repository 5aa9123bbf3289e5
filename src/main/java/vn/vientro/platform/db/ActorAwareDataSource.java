package vn.vientro.platform.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.vientro.platform.Actor;

/**
 * Tells PostgreSQL who is acting on every connection handed out that may write, so the audit trigger can record it.
 * Writes that do not go through this pool (psql, another tool) are still audited, with the database user's name
 * instead.
 * <p>
 * A read-only transaction is not tagged: PostgreSQL refuses every write in it ({@code BEGIN READ ONLY}, which
 * PgJDBC sends for a read-only connection taken out of auto-commit: its default {@code readOnlyMode=transaction}), so
 * the audit has nothing to attribute there, and the round trip of the tag is saved (searches and pages by one user
 * after another paid it on almost every transaction). The decision waits for the connection's first use: Spring marks
 * a transaction's connection read-only after taking it from the pool and before leaving auto-commit. A connection
 * already tagged with the actor is handed out as it is.
 */
class ActorAwareDataSource extends DelegatingDataSource implements AutoCloseable {

    /**
     * Finding the actor may itself need a connection (Spring Session loads the security context from the database
     * on first use); that inner connection serves the session machinery and is tagged as such.
     */
    private static final ThreadLocal<Boolean> RESOLVING_ACTOR = ThreadLocal.withInitial(() -> false);

    /** The actor each physical connection was last tagged with; a connection the pool drops is forgotten with it. */
    private static final Map<Connection, String> TAGS = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The methods through which work reaches the database (the driver's own connection, through {@code unwrap} or
     * {@code getMetaData().getConnection()}, too); the tag goes first unless in a read-only transaction.
     */
    private static final Set<String> USES = Set.of("createStatement", "prepareStatement", "prepareCall", "unwrap",
            "getMetaData");

    /** Tags set since start, for the tests that count round trips. */
    private static final LongAdder TAGGINGS = new LongAdder();

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

    /** How many times a connection was tagged since start (tests count the round trips a request makes). */
    static long taggings() {
        return TAGGINGS.sum();
    }

    /**
     * The connection as it is when it already carries the actor from its last use, otherwise one that tags itself
     * before its first use that may write (DeferredTag).
     */
    private static Connection tagged(Connection connection) throws SQLException {
        String actor = currentActor();
        Connection physical = physical(connection);
        if (connection.getAutoCommit() && actor.equals(TAGS.get(physical))) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(ActorAwareDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new DeferredTag(connection, physical, actor));
    }

    private static Connection physical(Connection connection) throws SQLException {
        return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
    }

    /**
     * Sets the actor on the connection. Made in auto-commit mode where possible (as a read-write transaction begins,
     * before Spring leaves auto-commit), so that no rollback can undo it and the next checkout by the same actor needs
     * none. Nothing else may set {@code vientro.actor} (or run {@code RESET ALL} / {@code DISCARD ALL}) on a pooled
     * connection: the tag is trusted until the pool retires the connection.
     */
    private static void tag(Connection connection, Connection physical, String actor) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('vientro.actor', ?, false)")) {
            statement.setString(1, actor);
            statement.execute();
        }
        TAGGINGS.increment();
        if (connection.getAutoCommit()) {
            TAGS.put(physical, actor);
        } else {
            TAGS.remove(physical); // a rollback undoes it
        }
    }

    /**
     * A connection handed out without the actor's tag: it is tagged before the first statement, call, unwrapping or
     * metadata, or as a read-write transaction begins, unless it is then in a read-only transaction (read-only and out
     * of auto-commit). A failed tag closes the connection.
     */
    private static final class DeferredTag implements InvocationHandler {

        private final Connection target;
        private final Connection physical;
        private final String actor;
        private boolean done;

        DeferredTag(Connection target, Connection physical, String actor) {
            this.target = target;
            this.physical = physical;
            this.actor = actor;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "isWrapperFor":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                    break;
                case "setAutoCommit":
                    // a read-write transaction begins: tagged while still in auto-commit, so the tag outlives it
                    if (!done && !(Boolean) args[0] && target.getAutoCommit() && !target.isReadOnly()) {
                        tagNow();
                    }
                    break;
                default:
                    if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    if (!done && USES.contains(name) && !(target.isReadOnly() && !target.getAutoCommit())) {
                        tagNow();
                    }
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void tagNow() throws SQLException {
            try {
                if (!(target.getAutoCommit() && actor.equals(TAGS.get(physical)))) {
                    tag(target, physical, actor);
                }
            } catch (SQLException e) {
                target.close();
                throw e;
            }
            done = true;
        }
    }
}
