package vn.vientro.interchange.importing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's import of a file the server fetches, through the page and the API, from a server of the test's
 * own: the tests that read from it allow its socket alone; the application's policy refuses it as a loopback address.
 */
@VientroIntegrationTest
class IatiImportFromAddressIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    RemoteFiles remoteFiles;

    private HttpServer server;
    private String file;

    @BeforeEach
    void serveAFile() throws IOException {
        String token = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        file = ActivityStreamTests.activities(2).replace("XM-", "XM-" + token + "-");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/iati/activities.xml", exchange -> {
            byte[] body = file.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/to-metadata", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String served(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Runs {@code test} with the fetch allowed to reach the test's server, and only it. */
    private void allowingTheTestServer(Runnable test) {
        int served = server.getAddress().getPort();
        RemoteFiles.Policy before = remoteFiles.use(new RemoteFiles.Policy(
                (address, p) -> address.isLoopbackAddress() && p == served, IatiImports.MAX_BYTES,
                Duration.ofSeconds(10), 5));
        try {
            test.run();
        } finally {
            remoteFiles.use(before);
        }
    }

    @Test
    void anAdministratorImportsAFileTheServerFetchesFromItsAddress() {
        WebClient admin = Staff.admin().browser(port);
        assertThat(Jsoup.parse(admin.get(IatiImportIntegrationTests.IMPORTS).body()).getElementById("url")).isNotNull();
        allowingTheTestServer(() -> {
            HttpResponse<String> response = admin.post(IatiImportIntegrationTests.IMPORTS + "/url",
                    Map.of("url", served("/iati/activities.xml")));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
            String job = java.net.URI.create(WebClient.location(response)).getPath();
            Document page = awaitRead(admin, job);
            assertThat(page.getElementById("import-job").attr("data-status")).isEqualTo("READ");
            assertThat(page.text()).contains("Đã đọc 2 hoạt động: 2 hợp lệ, 0 sai lược đồ.",
                    served("/iati/activities.xml"));
        });
    }

    @Test
    void refusesTheProvincesOwnNetworkAtTheAddressFieldKeepingWhatWasTyped() {
        WebClient admin = Staff.admin().browser(port);
        admin.get(IatiImportIntegrationTests.IMPORTS);
        HttpResponse<String> response = admin.post(IatiImportIntegrationTests.IMPORTS + "/url",
                Map.of("url", served("/iati/activities.xml")));
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.getElementById("url").val()).isEqualTo(served("/iati/activities.xml"));
        assertThat(page.getElementById("url-error").text()).contains("không thuộc Internet công cộng");

        admin.get(IatiImportIntegrationTests.IMPORTS);
        HttpResponse<String> scheme = admin.post(IatiImportIntegrationTests.IMPORTS + "/url",
                Map.of("url", "file:///etc/passwd"));
        assertThat(Jsoup.parse(scheme.body()).getElementById("url-error").text())
                .isEqualTo("Chỉ tải địa chỉ http và https.");
    }

    @Test
    void refusesARedirectToTheMetadataServiceEvenFromAnAllowedServer() {
        WebClient admin = Staff.admin().browser(port);
        admin.get(IatiImportIntegrationTests.IMPORTS);
        allowingTheTestServer(() -> {
            HttpResponse<String> response = admin.post(IatiImportIntegrationTests.IMPORTS + "/url",
                    Map.of("url", served("/to-metadata")));
            assertThat(Jsoup.parse(response.body()).getElementById("url-error").text()).contains("169.254.169.254");
        });
    }

    @Test
    void onlyAdministratorsMayHaveTheServerFetchAFile() {
        WebClient focal = Staff.focalPoint().browser(port);
        assertThat(Jsoup.parse(focal.get(IatiImportIntegrationTests.IMPORTS).body()).getElementById("url")).isNull();
        assertThat(focal.post(IatiImportIntegrationTests.IMPORTS + "/url", Map.of("url", served("/iati/activities.xml")))
                .statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "POST", "/api/v1/iati/imports/from-address", Staff.focalPoint().token(),
                "{\"url\":\"" + served("/iati/activities.xml") + "\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void importsOverTheApiAndAnswersAProblemForARefusedAddress() {
        allowingTheTestServer(() -> {
            HttpResponse<String> started = WebClient.api(port, "POST", "/api/v1/iati/imports/from-address",
                    Staff.admin().token(), "{\"url\":\"" + served("/iati/activities.xml") + "\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            assertThat(started.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).startsWith("/api/v1/iati/imports/"));
        });
        HttpResponse<String> refused = WebClient.api(port, "POST", "/api/v1/iati/imports/from-address",
                Staff.admin().token(), "{\"url\":\"http://169.254.169.254/latest/meta-data/\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("/problems/iati-file-refused", "\"url\"");
    }

    private static Document awaitRead(WebClient client, String job) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Document page = Jsoup.parse(client.get(job).body());
            String status = page.getElementById("import-job").attr("data-status");
            if (!status.equals("READING")) {
                return page;
            }
            assertThat(System.nanoTime()).as("job still reading").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
