package vn.vientro.platform;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application process is killed with SIGKILL (no shutdown hook runs, the embedded PostgreSQL is orphaned) and
 * started again on the same data folder: it must come up by itself with every committed change intact.
 */
class CrashRecoveryIntegrationTests {

    @Test
    void restartsAfterKillNineWithNoManualStepAndLosesNothingCommitted(@TempDir Path dataDir) throws Exception {
        AppProcess first = AppProcess.start(dataDir);
        String token;
        boolean written = false;
        try {
            first.awaitHealthy(Duration.ofSeconds(120));
            token = first.administratorsToken();
            HttpResponse<String> created = WebClient.api(first.port, "POST", "/api/v1/agencies", token,
                    "{\"code\":\"TRUOC-SU-CO\",\"nameVi\":\"Cơ quan ghi trước sự cố\",\"kind\":\"OTHER\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            written = true;
        } finally {
            if (!written) { // never left running: it outlived the test run, its server too, on a folder JUnit removed
                first.stopGracefully();
            }
        }

        first.killHard();
        Optional<ProcessHandle> orphan = AppProcess.postmaster(dataDir);
        assertThat(orphan).as("kill -9 leaves the PostgreSQL server running as an orphan").isPresent();

        AppProcess second = AppProcess.start(dataDir);
        try {
            Duration startup = second.awaitHealthy(Duration.ofSeconds(120));
            System.out.printf("Restart after kill -9: healthy after %d ms%n", startup.toMillis());
            assertThat(orphan.get().isAlive()).as("the orphan was stopped").isFalse();
            assertThat(WebClient.api(second.port, "GET", "/api/v1/agencies", token, null).body())
                    .contains("TRUOC-SU-CO").contains("Cơ quan ghi trước sự cố");
        } finally {
            second.stopGracefully();
        }
        assertThat(AppProcess.postmaster(dataDir)).as("a normal stop also stops PostgreSQL").isEmpty();
    }
}
