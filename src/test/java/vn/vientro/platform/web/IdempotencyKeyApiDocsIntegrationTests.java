package vn.vientro.platform.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document tells integrators about the {@code Idempotency-Key} where the API honours it. */
@VientroIntegrationTest
class IdempotencyKeyApiDocsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> OPERATIONS = List.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentShowsTheHeaderOnEveryPostAndNowhereElse() {
        HttpResponse<String> document = WebClient.api(port, "GET", "/v3/api-docs", Staff.focalPoint().token(), null);
        JsonNode paths = JSON.readTree(document.body()).get("paths");
        List<String> posts = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().stream()
                .filter(operation -> OPERATIONS.contains(operation.getKey())).forEach(operation -> {
            boolean documented = false;
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                if ("Idempotency-Key".equals(parameter.path("name").asString())) {
                    assertThat(parameter.get("in").asString()).isEqualTo("header");
                    assertThat(parameter.path("required").asBoolean(false)).isFalse();
                    assertThat(parameter.get("description").asString()).contains("retry", "422", "409", "24 hours");
                    documented = true;
                }
            }
            assertThat(documented).as(operation.getKey() + " " + path.getKey())
                    .isEqualTo(operation.getKey().equals("post"));
            if (documented) {
                posts.add(path.getKey());
            }
        }));
        assertThat(posts).contains(KeyedContacts.PATH, "/api/v1/aid-items", "/api/v1/aid-items/{itemId}/documents",
                "/api/v1/aid-items/{itemId}/transactions", "/api/v1/organisations/{id}/permits",
                "/api/v1/aid-items/{itemId}/transitions/{action}").hasSizeGreaterThanOrEqualTo(20);
    }
}
