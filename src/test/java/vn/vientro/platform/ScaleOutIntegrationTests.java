package vn.vientro.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.VientroApplication;
import vn.vientro.identity.Staff;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production shape: an external PostgreSQL reached only through {@code spring.datasource.url}
 * ({@code SPRING_DATASOURCE_URL}) and two stateless application nodes sharing it.
 */
class ScaleOutIntegrationTests {

    private static EmbeddedPostgres externalServer;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startExternalDatabaseAndTwoNodes() throws Exception {
        Path dir = Files.createTempDirectory("vientro-external-pg");
        externalServer = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        try (Connection connection = externalServer.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create role vientro_ext login password 'ext-secret' nosuperuser");
            statement.execute("create database vientro_ext owner vientro_ext");
        }
        nodeA = startNode();
        nodeB = startNode();
    }

    private static ConfigurableApplicationContext startNode() throws Exception {
        return new SpringApplicationBuilder(VientroApplication.class).profiles("test").run(
                "--server.port=0",
                "--vientro.data-dir=" + Files.createTempDirectory("vientro-node"),
                "--spring.datasource.url=" + externalServer.getJdbcUrl("vientro_ext", "vientro_ext"),
                "--spring.datasource.username=vientro_ext",
                "--spring.datasource.password=ext-secret");
    }

    @AfterAll
    static void stop() throws Exception {
        nodeB.close();
        nodeA.close();
        externalServer.close();
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void runsTheSameMigrationsOnAnExternalServerAndStartsNoEmbeddedOne() throws Exception {
        int migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/V*.sql").length;
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
                .query(Integer.class).single()).isEqualTo(migrations);
        assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("vientro_ext");
        assertThat(nodeA.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(jdbc.sql("select count(*) from pg_extension where extname in ('unaccent', 'pg_trgm')")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aUserSignedInOnOneNodeContinuesOnTheOther() {
        Staff focal = ApplicationUnderTest.on(nodeA, Staff::focalPoint);
        WebClient onA = focal.browser(port(nodeA));
        WebClient onB = onA.sameCookiesOn("http://localhost:" + port(nodeB));
        HttpResponse<String> home = onB.get("/app");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(focal.fullName());
        assertThat(onB.post("/logout", Map.of()).statusCode()).isEqualTo(302);
        assertThat(onA.get("/app").statusCode()).as("signing out on B ends the session on A").isEqualTo(302);
    }

    @Test
    void dataWrittenOnOneNodeIsReadOnTheOther() {
        HttpResponse<String> created = WebClient.api(port(nodeA), "POST", "/api/v1/agencies",
                ApplicationUnderTest.on(nodeA, Staff::admin).token(),
                "{\"code\":\"HAI-NUT\",\"nameVi\":\"Ghi ở nút A\",\"kind\":\"OTHER\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(WebClient.api(port(nodeB), "GET", "/api/v1/agencies", ApplicationUnderTest.on(nodeA,
                Staff::focalPoint)
                .token(), null).body())
                .contains("Ghi ở nút A");
    }
}
