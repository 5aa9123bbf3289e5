package vn.vientro;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.identity.Staff;

/**
 * The API's OpenAPI document as the tests that walk it read it: every operation with its query parameters and the
 * schema of its body, and one way to call an operation. {@link ApiPermissionIntegrationTests} walks it with every
 * role, {@link ApiProbeIntegrationTests} with odd input.
 */
final class ApiDocument {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final JsonNode document;

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    /** The document as {@code reader} sees it at {@code /v3/api-docs}. */
    static ApiDocument read(int port, Staff reader) {
        return new ApiDocument(AidFixtures.read(reader.browser(port).get("/v3/api-docs").body()));
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode content = operation.getValue().path("requestBody").path("content");
                JsonNode json = content.has("application/json") ? schema(content.path("application/json")
                        .path("schema")) : null;
                JsonNode multipart = json == null && content.has("multipart/form-data")
                        ? schema(content.path("multipart/form-data").path("schema")) : null;
                operations.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        queryParameters(operation.getValue()), json, multipart));
            }
        }
        return operations;
    }

    /** Query parameters, those of a parameter object ({@code @ParameterObject}-like records) one by one. */
    private List<Parameter> queryParameters(JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asString())) {
                continue;
            }
            JsonNode schema = schema(parameter.path("schema"));
            if (schema.has("properties")) {
                schema.path("properties").properties().forEach(property -> parameters.add(
                        new Parameter(property.getKey(), schema(property.getValue()))));
            } else {
                parameters.add(new Parameter(parameter.path("name").asString(), schema));
            }
        }
        return parameters;
    }

    /** A schema with its references followed and its {@code allOf} parts merged into one object schema. */
    JsonNode schema(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
            return schema(document.path("components").path("schemas").path(name));
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            ObjectNode properties = merged.putObject("properties");
            merged.put("type", "object");
            for (JsonNode part : schema.path("allOf")) {
                schema(part).path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
            }
            return merged;
        }
        return schema;
    }

    /** One operation of the document; {@code json} or {@code multipart} is the schema of its body, if it takes one. */
    record Operation(String method, String path, List<Parameter> query, JsonNode json, JsonNode multipart) {

        String key() {
            return method + " " + path;
        }

        boolean hasPathVariables() {
            return path.contains("{");
        }
    }

    record Parameter(String name, JsonNode schema) {
    }

    /** The operation's path with its variables replaced by {@code values}, and those not given by {@code other}. */
    static String path(Operation operation, Map<String, String> values, String other) {
        String path = operation.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[A-Za-z]+}", other);
    }

    /** Calls the API as the bearer of {@code token} (anonymously when null) with a body of the content type given. */
    static HttpResponse<String> call(int port, String method, String pathAndQuery, String token, String contentType,
                                     byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
