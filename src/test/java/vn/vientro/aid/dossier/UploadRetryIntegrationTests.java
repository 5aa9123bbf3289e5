package vn.vientro.aid.dossier;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload retried with the same {@code Idempotency-Key} keeps one version, although the HTTP client draws a new
 * multipart boundary for each attempt; another file under the same key is refused.
 */
@VientroIntegrationTest
class UploadRetryIntegrationTests {

    @LocalServerPort
    int port;
    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @Test
    void aRetriedUploadKeepsOneVersion() {
        HttpResponse<String> drafted = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(),
                fixtures.projectJson("TECHNICAL_ASSISTANCE", "Hồ sơ gửi lại", "120000", "USD"));
        long id = AidFixtures.read(drafted.body()).get("id").asLong();
        String key = UUID.randomUUID().toString();
        byte[] pdf = Samples.pdf("request, sent twice");

        HttpResponse<String> first = upload(id, key, pdf);
        HttpResponse<String> retry = upload(id, key, pdf);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        JsonNode versions = versions(id);
        assertThat(versions).hasSize(1);

        HttpResponse<String> anotherFile = upload(id, key, Samples.pdf("another request"));
        assertThat(anotherFile.statusCode()).isEqualTo(422);
        assertThat(versions(id)).hasSize(1);
    }

    @Test
    void aBodyTheServerCannotReadIsAnsweredAsWithoutAKey() {
        HttpResponse<String> drafted = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(),
                fixtures.projectJson("TECHNICAL_ASSISTANCE", "Hồ sơ hỏng", "120000", "USD"));
        String path = "/api/v1/aid-items/" + AidFixtures.read(drafted.body()).get("id").asLong() + "/documents";
        Map<String, String> broken = Map.of("Content-Type", "multipart/form-data; boundary=cut");
        String cutShort = "--cut\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nREQUEST_FOR_APP";

        HttpResponse<String> withoutKey = WebClient.apiWithHeaders(port, "POST", path, team.officer().token(),
                cutShort, broken);
        Map<String, String> keyed = new HashMap<>(broken);
        keyed.put("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> withKey = WebClient.apiWithHeaders(port, "POST", path, team.officer().token(),
                cutShort, keyed);

        assertThat(withKey.statusCode()).isEqualTo(withoutKey.statusCode());
        assertThat(withKey.body()).isEqualTo(withoutKey.body());
    }

    private JsonNode versions(long id) {
        for (JsonNode entry : DossierFixtures.checklist(port, team.officer().token(), id).get("documents")) {
            if (entry.get("type").asString().equals("REQUEST_FOR_APPROVAL")) {
                return entry.get("versions");
            }
        }
        throw new IllegalStateException("no REQUEST_FOR_APPROVAL line");
    }

    private HttpResponse<String> upload(long id, String key, byte[] content) {
        return DossierFixtures.multipart(port, team.officer().token(), "/api/v1/aid-items/" + id + "/documents",
                Map.of("type", "REQUEST_FOR_APPROVAL"), "de-nghi.pdf", content, Map.of("Idempotency-Key", key));
    }
}
