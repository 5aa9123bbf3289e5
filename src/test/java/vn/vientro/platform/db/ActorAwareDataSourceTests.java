package vn.vientro.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("vientro-actor-pg"))
                .setCleanDataDirectory(true).start();
        pool = new HikariDataSource();
        pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(1); // one physical connection, handed out again and again
        dataSource = new ActorAwareDataSource(pool);
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
