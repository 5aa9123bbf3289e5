package vn.vientro.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
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
 * ({@code SPRING_DATASOURCE_URL}) and two stateless application nodes sharing it, node B over a network link that a
 * test cuts.
 */
class ScaleOutIntegrationTests {

    private static EmbeddedPostgres externalServer;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static NetworkLink linkOfB;

    @BeforeAll
    static void startExternalDatabaseAndTwoNodes() throws Exception {
        Path dir = Files.createTempDirectory("vientro-external-pg");
        externalServer = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
        try (Connection connection = externalServer.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create role vientro_ext login password 'ext-secret' nosuperuser");
            statement.execute("create database vientro_ext owner vientro_ext");
        }
        nodeA = startNode(externalServer.getPort());
        linkOfB = new NetworkLink(externalServer.getPort());
        nodeB = startNode(linkOfB.port());
    }

    private static ConfigurableApplicationContext startNode(int databasePort) throws Exception {
        return new SpringApplicationBuilder(VientroApplication.class).profiles("test").run(
                "--server.port=0",
                "--vientro.data-dir=" + Files.createTempDirectory("vientro-node"),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/vientro_ext",
                "--spring.datasource.username=vientro_ext",
                "--spring.datasource.password=ext-secret");
    }

    @AfterAll
    static void stop() throws Exception {
        nodeB.close();
        nodeA.close();
        linkOfB.close();
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
        assertThat(nodeA.containsBean("postmasterSupervisor")).isFalse();
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

    /**
     * While its database cannot be reached a node answers quickly with a 503 and says it is DOWN; when the server is
     * back its connection pool reconnects by itself (with a back-off of at most 5 s between attempts): nothing to
     * restart.
     */
    @Test
    void aNodeAnswers503WhileItsDatabaseIsUnreachableAndCarriesOnWhenItIsBack() throws Exception {
        String token = ApplicationUnderTest.on(nodeB, Staff::admin).token();
        linkOfB.cut();
        try {
            long start = System.nanoTime();
            HttpResponse<String> during = WebClient.api(port(nodeB), "GET", "/api/v1/agencies", token, null);
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.body()).contains("\"type\":\"/problems/service-unavailable\"");
            assertThat(answeredIn).isLessThan(Duration.ofMillis(2500));
            assertThat(WebClient.api(port(nodeB), "GET", "/actuator/health", null, null).body()).contains("DOWN");
            assertThat(WebClient.api(port(nodeA), "GET", "/api/v1/agencies", token, null).statusCode())
                    .as("the other node, whose link holds").isEqualTo(200);
        } finally {
            linkOfB.mend();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            status = WebClient.api(port(nodeB), "GET", "/api/v1/agencies", token, null).statusCode();
        }
        assertThat(status).as("node B serves again, not restarted").isEqualTo(200);
    }
}
