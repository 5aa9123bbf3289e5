package vn.vientro.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.vientro.platform.EmbeddedPostgresEarlyStart;
import vn.vientro.platform.VientroProperties;

/**
 * Without {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}) the application runs its own PostgreSQL 17
 * in {@code <data-dir>/pg}. Spring, not zonky's JVM hook, stops it, so the pool closes before the server does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    /**
     * The server {@link EmbeddedPostgresEarlyStart} began to start while the application's context was being built;
     * a context made otherwise (the tests') starts it here.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(VientroProperties properties,
                                      @Qualifier(EmbeddedPostgresEarlyStart.BEAN_NAME)
                                      ObjectProvider<EmbeddedPostgresEarlyStart.Starting> starting) throws IOException {
        EmbeddedPostgresEarlyStart.Starting started = starting.getIfAvailable();
        return started != null ? started.takeOver() : new EmbeddedPostgresServer(properties.databaseDir()).start();
    }

    /** Closed before the server is stopped (it depends on it), so a normal stop is never taken for a crash. */
    @Bean(destroyMethod = "close")
    PostmasterSupervisor postmasterSupervisor(EmbeddedPostgres postgres, VientroProperties properties)
            throws IOException {
        return PostmasterSupervisor.watch(properties.databaseDir().toAbsolutePath().normalize(),
                postgres.getPostgresDatabase(), properties.dataDir().resolve("logs/postgresql.log"));
    }

    /** Takes the {@code spring.datasource.hikari.*} settings, as Spring Boot's pool for an external server does. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        EmbeddedPostgresServer.ensureApplicationDatabase(postgres, EmbeddedPostgresServer.DATABASE,
                EmbeddedPostgresServer.APP_ROLE);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedPostgresServer.APP_ROLE, EmbeddedPostgresServer.DATABASE));
        dataSource.setUsername(EmbeddedPostgresServer.APP_ROLE);
        dataSource.setPoolName("vientro-embedded");
        return dataSource;
    }
}
