package vn.vientro.platform.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import vn.vientro.platform.db.EmbeddedPostgresServer;

/**
 * The database the backup and restore commands work on, found as the application finds it: the external server of
 * {@code spring.datasource.url}, or else the embedded one in {@code <data-dir>/pg}, reached on its port while the
 * application runs, or started for the command when it does not.
 */
final class DatabaseEndpoint implements AutoCloseable {

    private static final String EMBEDDED_SUPERUSER = "postgres";

    private final String url;
    private final @Nullable String user;
    private final @Nullable String password;
    private final @Nullable String loaderUser;
    private final @Nullable EmbeddedPostgres startedHere;

    private DatabaseEndpoint(String url, @Nullable String user, @Nullable String password, @Nullable String loaderUser,
                             @Nullable EmbeddedPostgres startedHere) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.loaderUser = loaderUser;
        this.startedHere = startedHere;
    }

    static boolean isExternal(Environment environment) {
        return !environment.getProperty("spring.datasource.url", "").isBlank();
    }

    static DatabaseEndpoint external(Environment environment) {
        return new DatabaseEndpoint(environment.getProperty("spring.datasource.url", ""),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"), null, null);
    }

    /** The embedded database of an existing data directory, whether its application runs or not. */
    static DatabaseEndpoint existingEmbedded(Path databaseDir) throws IOException {
        Path directory = databaseDir.toAbsolutePath().normalize();
        if (!Files.exists(directory.resolve("PG_VERSION"))) {
            throw new IOException("No embedded database in " + directory);
        }
        Optional<Integer> running = EmbeddedPostgresServer.runningPort(directory);
        if (running.isPresent()) {
            return embedded(running.get(), null);
        }
        return startedOn(directory);
    }

    /** A new embedded database in an empty directory, for a restore. */
    static DatabaseEndpoint newEmbedded(Path databaseDir) throws IOException {
        return startedOn(databaseDir.toAbsolutePath().normalize());
    }

    private static DatabaseEndpoint startedOn(Path directory) throws IOException {
        EmbeddedPostgres server = new EmbeddedPostgresServer(directory).start();
        EmbeddedPostgresServer.ensureApplicationDatabase(server, EmbeddedPostgresServer.DATABASE,
                EmbeddedPostgresServer.APP_ROLE);
        return embedded(server.getPort(), server);
    }

    private static DatabaseEndpoint embedded(int port, @Nullable EmbeddedPostgres startedHere) {
        return new DatabaseEndpoint("jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresServer.DATABASE,
                EmbeddedPostgresServer.APP_ROLE, null, EMBEDDED_SUPERUSER, startedHere);
    }

    String kind() {
        return loaderUser == null ? "external" : "embedded";
    }

    String url() {
        return url;
    }

    @Nullable String user() {
        return user;
    }

    @Nullable String password() {
        return password;
    }

    /** As the application connects: its role owns every table. */
    Connection application() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * The connection that loads a restore with triggers off: the embedded superuser, or the application's own role on
     * an external server, which a superuser must first allow to set {@code session_replication_role}.
     */
    Connection loader() throws SQLException {
        return loaderUser == null ? application() : DriverManager.getConnection(url, loaderUser, null);
    }

    @Override
    public void close() throws IOException {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
