package vn.vientro.aid.appraisal;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.testing.WebClient;

/** For tests of other parts that take an item past its appraisal: the opinions the conclusion needs. */
public final class AppraisalFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AppraisalFixtures() {
    }

    /**
     * Makes sure at least one opinion was asked and every one is answered, as the appraisal guard wants: asks the
     * focal point (the first proposed agency other than the police) if nobody was asked, and records every awaited reply as the appraisal lead ({@code token}).
     */
    public static void opinionsAnswered(int port, String token, long itemId) {
        String path = "/api/v1/aid-items/" + itemId + "/opinions";
        JsonNode opinions = JSON.readTree(WebClient.api(port, "GET", path, token, null).body());
        if (opinions.isEmpty()) {
            JsonNode proposed = JSON.readTree(WebClient.api(port, "GET", path + "/proposal", token, null)
                    .body()).valueStream().filter(p -> !p.get("topic").asString().equals("SECURITY")).findFirst()
                    .orElseThrow();
            ok(WebClient.api(port, "POST", path, token, "{\"requests\":[{\"agencyId\":"
                    + proposed.get("agencyId").asLong() + ",\"topic\":\"" + proposed.get("topic").asString()
                    + "\"}]}"), 201);
            opinions = JSON.readTree(WebClient.api(port, "GET", path, token, null).body());
        }
        opinions.valueStream().filter(o -> !o.has("answeredOn") && !o.has("withdrawnOn")).forEach(o ->
                ok(WebClient.api(port, "POST", path + "/" + o.get("id").asLong() + "/answer", token,
                        "{\"answer\":\"AGREE\"}"), 200));
    }

    private static void ok(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("opinions: " + response.statusCode() + " " + response.body());
        }
    }
}
