package vn.vientro.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.platform.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every connection handed out that may write says who acts, also when the pool hands the same physical connection to
 * one person after another, and when the last use of it rolled back; a read-only transaction is not tagged, and cannot
 * write.
 */
class ActorAwareDataSourceTests {

    private static EmbeddedPostgres server;
    private static HikariDataSource pool;
    private static ActorAwareDataSource dataSource;
    private static final AtomicInteger TAGGINGS = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("vientro-actor-pg"))
                .setCleanDataDirectory(true).start();
        pool = new HikariDataSource();
        pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(1); // one physical connection, handed out again and again
        dataSource = new ActorAwareDataSource(new CountingTags(pool));
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists written (actor text)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        dataSource.close();
        server.close();
    }

    @Test
    void eachCheckOutCarriesWhoActsNow() {
        assertThat(actorAs("alice")).isEqualTo("alice");
        assertThat(actorAs("alice")).isEqualTo("alice");
        assertThat(actorAs("bob")).isEqualTo("bob");
        assertThat(actorAs("alice")).isEqualTo("alice");
    }

    @Test
    void aConnectionAlreadyTaggedWithTheActorIsNotTaggedAgain() {
        actorAs("erin");
        int before = TAGGINGS.get();
        actorAs("erin");
        actorAs("erin");
        assertThat(TAGGINGS.get()).isEqualTo(before);
        actorAs("frank");
        assertThat(TAGGINGS.get()).isEqualTo(before + 1);
    }

    @Test
    void aRolledBackUseDoesNotUndoTheTag() {
        Actor.runAs("carol", () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(actorAs("carol")).isEqualTo("carol");
        assertThat(actorAs("dave")).isEqualTo("dave");
    }

    @Test
    void aReadOnlyTransactionIsNotTaggedAndAReadWriteOneIs() {
        actorAs("gina");
        int before = TAGGINGS.get();
        String seen = Actor.runAs("hank", () -> transactions(true).execute(status -> jdbc()
                .sql("select current_setting('vientro.actor', true)").query(String.class).single()));
        assertThat(TAGGINGS.get()).as("no round trip to tag a read-only transaction").isEqualTo(before);
        assertThat(seen).as("the connection still carries its last tag, which no write can use").isEqualTo("gina");

        Actor.runAs("hank", () -> transactions(false).executeWithoutResult(status -> jdbc()
                .sql("insert into written (actor) values (current_setting('vientro.actor', true))").update()));
        assertThat(TAGGINGS.get()).isEqualTo(before + 1);
        assertThat(Actor.runAs("hank", () -> jdbc().sql("select actor from written").query(String.class).list()))
                .contains("hank");
        // tagged as the read-write transaction began, in auto-commit: the same actor's next transaction needs none
        Actor.runAs("hank", () -> transactions(false).executeWithoutResult(status -> jdbc()
                .sql("select 1").query(Integer.class).single()));
        assertThat(TAGGINGS.get()).isEqualTo(before + 1);
    }

    @Test
    void aReadOnlyTransactionCannotWriteSoItNeedsNoTag() {
        actorAs("ivan");
        assertThatThrownBy(() -> Actor.runAs("jane", () -> transactions(true).executeWithoutResult(status -> jdbc()
                .sql("insert into written (actor) values (current_setting('vientro.actor', true))").update())))
                .hasMessageContaining("read-only transaction");
        assertThat(jdbc().sql("select count(*) from written where actor = 'ivan'").query(Long.class).single())
                .as("nothing written under the connection's earlier tag").isZero();
    }

    @Test
    void aConnectionUnwrappedOrUsedOutsideATransactionIsTaggedFirst() throws SQLException {
        actorAs("kate");
        Actor.runAs("liam", () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setReadOnly(true); // read-only but in auto-commit: PostgreSQL would let it write
                PGConnection raw = connection.unwrap(PGConnection.class);
                assertThat(raw).isNotNull();
                try (Statement statement = ((Connection) raw).createStatement();
                     ResultSet rs = statement.executeQuery("select current_setting('vientro.actor', true)")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("liam");
                }
                connection.setReadOnly(false);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(actorAs("liam")).isEqualTo("liam");
        actorAs("kate");
        Actor.runAs("mona", () -> {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.getMetaData().getConnection().createStatement();
                 ResultSet rs = statement.executeQuery("select current_setting('vientro.actor', true)")) {
                rs.next();
                assertThat(rs.getString(1)).as("the driver's own connection, reached through the metadata")
                        .isEqualTo("mona");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static TransactionTemplate transactions(boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        template.setReadOnly(readOnly);
        return template;
    }

    private static JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Counts the statements that tag a connection, on connections that still unwrap to the pool's physical ones. */
    private static final class CountingTags extends DelegatingDataSource {

        CountingTags(HikariDataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = super.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && String.valueOf(args[0])
                                .contains("set_config('vientro.actor'")) {
                            TAGGINGS.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    private static String actorAs(String actor) {
        return Actor.runAs(actor, () -> {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select current_setting('vientro.actor', true)")) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
