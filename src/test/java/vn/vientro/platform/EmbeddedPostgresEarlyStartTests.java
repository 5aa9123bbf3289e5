package vn.vientro.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.vientro.platform.db.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server starts while the context is being built, and never outlives a context that did not use it. */
class EmbeddedPostgresEarlyStartTests {

    @Test
    void startsTheServerBeforeAnyBeanAsksForItAndStopsItWithAContextThatNeverTookItOver(@TempDir Path dataDir)
            throws Exception {
        GenericApplicationContext context = contextWith(Map.of("vientro.data-dir", dataDir.toString()));
        new EmbeddedPostgresEarlyStart().initialize(context);

        ProcessHandle postmaster = awaitPostmaster(dataDir.resolve("pg"));
        assertThat(postmaster.isAlive()).as("started without a bean asking").isTrue();

        context.refresh();
        context.close(); // as when a refresh fails before the database bean was made
        assertThat(postmaster.onExit().get().isAlive()).as("stopped with the context").isFalse();
    }

    @Test
    void leavesTheServerToTheBeanThatTookItOver(@TempDir Path dataDir) throws Exception {
        GenericApplicationContext context = contextWith(Map.of("vientro.data-dir", dataDir.toString()));
        new EmbeddedPostgresEarlyStart().initialize(context);
        context.refresh();
        try (EmbeddedPostgres server = context.getBean(EmbeddedPostgresEarlyStart.BEAN_NAME,
                EmbeddedPostgresEarlyStart.Starting.class).takeOver()) {
            context.close();
            try (var connection = server.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(1)).as("still serving").isTrue();
            }
        }
    }

    @Test
    void startsNothingForAnExternalServer(@TempDir Path dataDir) {
        GenericApplicationContext context = contextWith(Map.of("vientro.data-dir", dataDir.toString(),
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/vientro"));
        new EmbeddedPostgresEarlyStart().initialize(context);

        assertThat(context.getBeanFactory().containsSingleton(EmbeddedPostgresEarlyStart.BEAN_NAME)).isFalse();
        assertThat(dataDir.resolve("pg")).doesNotExist();
    }

    private static GenericApplicationContext contextWith(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        return context;
    }

    private static ProcessHandle awaitPostmaster(Path databaseDir) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> postmaster = EmbeddedPostgresServer.postmasterOf(databaseDir);
            if (postmaster.isPresent() && EmbeddedPostgresServer.runningPort(databaseDir).isPresent()) {
                return postmaster.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no server started in " + databaseDir);
    }
}
