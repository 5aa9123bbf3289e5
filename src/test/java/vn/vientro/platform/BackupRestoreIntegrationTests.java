package vn.vientro.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.VientroApplication;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.Events;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's backup and restore commands, run as the README tells (the jar's main class as a separate process):
 * a backup of the demo application taken while it runs, restored into an empty data folder, on which the application
 * (started in this JVM, as the scale-out test starts its nodes) finds every record and every file as they were.
 */
@DemoIntegrationTest
class BackupRestoreIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Rewritten by the migrations a restore runs: when each was applied. */
    private static final String FLYWAY_HISTORY = "public.flyway_schema_history";

    @Autowired
    VientroProperties properties;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void restoresABackupTakenWhileRunningIntoAFreshApplicationRecordForRecordAndByteForByte(@TempDir Path work)
            throws Exception {
        Events.settle();
        Path archive = work.resolve("vientro.tar");
        long start = System.nanoTime();
        assertThat(AppProcess.run(work, Duration.ofMinutes(3), "backup", "--to", archive.toString(),
                "--vientro.data-dir=" + properties.dataDir().toAbsolutePath())).as("backup exit status").isZero();
        long backupMillis = (System.nanoTime() - start) / 1_000_000;
        JsonNode manifest = JSON.readTree(manifestOf(work, archive));
        System.out.printf("Backup of the demo data: %d bytes, %d tables, %d files; %d ms in the command "
                        + "(%d ms with the JVM's start)%n", Files.size(archive), manifest.path("tables").size(),
                manifest.path("files").asLong(), manifest.path("tookMillis").asLong(), backupMillis);

        Path restored = work.resolve("restored");
        start = System.nanoTime();
        assertThat(AppProcess.run(work, Duration.ofMinutes(3), "restore", "--from=" + archive,
                "--vientro.data-dir=" + restored)).as("restore exit status").isZero();
        System.out.printf("Restore into an empty data folder: %d ms with the JVM's start%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(AppProcess.run(work, Duration.ofMinutes(3), "restore", "--from=" + archive,
                "--vientro.data-dir=" + restored)).as("a restore over existing data is refused").isEqualTo(1);

        try (ConfigurableApplicationContext copy = new SpringApplicationBuilder(VientroApplication.class)
                .profiles("test").run("--server.port=0", "--vientro.data-dir=" + restored)) {
            Map<String, String> original = tableDigests(jdbc);
            Map<String, String> restoredTables = tableDigests(copy.getBean(JdbcClient.class));
            assertThat(original).hasSizeGreaterThan(50).containsKey("aid.aid_item").containsKey("audit.event");
            original.remove(FLYWAY_HISTORY);
            restoredTables.remove(FLYWAY_HISTORY);
            assertThat(restoredTables).isEqualTo(original);
            assertEveryDocumentIsServedAsBefore(copy.getEnvironment().getRequiredProperty("local.server.port",
                    Integer.class));
        }
    }

    /** Every dossier document, downloaded from both applications as the focal point: the same bytes. */
    private void assertEveryDocumentIsServedAsBefore(int restoredPort) throws Exception {
        List<Map<String, Object>> documents = jdbc.sql("select aid_item, id from aid.dossier_document order by id")
                .query().listOfRows();
        assertThat(documents).hasSizeGreaterThan(10);
        for (Map<String, Object> document : documents) {
            String path = "/api/v1/aid-items/" + document.get("aid_item") + "/documents/" + document.get("id")
                    + "/content";
            HttpResponse<byte[]> before = download(port, path);
            HttpResponse<byte[]> after = download(restoredPort, path);
            assertThat(before.statusCode()).as(path).isEqualTo(200);
            assertThat(after.statusCode()).as(path).isEqualTo(200);
            assertThat(after.body()).as(path).isEqualTo(before.body());
        }
    }

    private static HttpResponse<byte[]> download(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer demo-focal").timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The archive is a plain tar that the system's own tools unpack and check. */
    private static byte[] manifestOf(Path work, Path archive) throws Exception {
        Path unpacked = Files.createDirectories(work.resolve("unpacked"));
        assertThat(command(unpacked, "tar", "-xf", archive.toString())).isZero();
        assertThat(command(unpacked, "sha256sum", "--quiet", "-c", "SHA256SUMS")).as("sha256sum -c").isZero();
        return Files.readAllBytes(unpacked.resolve("manifest.json"));
    }

    private static int command(Path directory, String... command) throws Exception {
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** Each table's row count and a digest of all its rows, in a stable order. */
    private static Map<String, String> tableDigests(JdbcClient jdbc) {
        Map<String, String> digests = new TreeMap<>();
        for (String table : jdbc.sql(TABLES).query(String.class).list()) {
            digests.put(table, jdbc.sql(digestOf(table)).query(String.class).single());
        }
        return digests;
    }

    private static final String TABLES = """
            select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')
               and n.nspname not like 'pg\\_%' order by 1""";

    private static String digestOf(String table) {
        return "select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '-') "
                + "from " + table + " t";
    }
}
