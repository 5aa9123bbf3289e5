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
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.vientro.platform.Actor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every connection handed out says who acts, also when the pool hands the same physical connection to one person after
 * another, and when the last use of it rolled back.
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
