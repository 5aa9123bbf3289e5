package vn.vientro.interchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's public items make an activity file valid against the IATI 2.03 schema, as a visitor downloads it. */
@DemoIntegrationTest
class DemoIatiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theDemosPublicItemsMakeAValidActivityFile() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + IatiApiController.ACTIVITIES)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(IatiSchemas.errors(IatiSchemas.ACTIVITIES, response.body())).isEmpty();
        String file = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(file).as("the demo has public approved items").contains("<iati-activity ", "<sector ",
                "<location ");
        int relief = file.indexOf("Emergency relief after the flash floods");
        assertThat(relief).as("the demo's emergency relief is public").isPositive();
        assertThat(file.substring(file.lastIndexOf("<iati-activity ", relief)))
                .as("the demo's emergency relief, flagged humanitarian")
                .matches("(?s)<iati-activity [^>]*humanitarian=\"1\".*");
    }
}
