package vn.vientro.aid.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.testing.WebClient;

/**
 * Dossier uploads over the API for tests: one document, or every paper an item still needs before submission or
 * before the decision, so that tests of later stages can move items along the lifecycle.
 */
public final class DossierFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DossierFixtures() {
    }

    /** Uploads one document as {@code multipart/form-data}, as an API client would. */
    public static HttpResponse<String> upload(int port, String token, long itemId, String type, String fileName,
                                              byte[] content, String note) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (type != null) {
            fields.put("type", type);
        }
        if (note != null) {
            fields.put("note", note);
        }
        return multipart(port, token, "/api/v1/aid-items/" + itemId + "/documents", fields, fileName, content);
    }

    public static HttpResponse<String> multipart(int port, String token, String path, Map<String, String> fields,
                                                 String fileName, byte[] content) {
        return multipart(port, token, path, fields, fileName, content, Map.of());
    }

    /** The same, with headers of the test's own; each call draws a new boundary, as HTTP clients do. */
    public static HttpResponse<String> multipart(int port, String token, String path, Map<String, String> fields,
                                                 String fileName, byte[] content, Map<String, String> headers) {
        String boundary = "----dossier-" + java.util.UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode checklist(int port, String token, long itemId) {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/aid-items/" + itemId + "/documents",
                token, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("checklist: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static List<String> missingForSubmission(int port, String token, long itemId) {
        return codes(checklist(port, token, itemId).get("missingForSubmission"));
    }

    /** Uploads, as the focal point acting for the aid owner ({@code token}), every paper missing for submission. */
    public static void completeForSubmission(int port, String token, long itemId) {
        for (String type : missingForSubmission(port, token, itemId)) {
            uploadOk(port, token, itemId, type);
        }
    }

    /** Uploads, as the appraisal lead ({@code token}), every paper missing for the decision (the appraisal report). */
    public static void completeForDecision(int port, String token, long itemId) {
        for (String type : codes(checklist(port, token, itemId).get("missingForDecision"))) {
            uploadOk(port, token, itemId, type);
        }
    }

    public static void uploadOk(int port, String token, long itemId, String type) {
        HttpResponse<String> response = upload(port, token, itemId, type, type.toLowerCase() + ".pdf",
                Samples.pdf("Vientro test " + type), null);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload " + type + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(node -> codes.add(node.asString()));
        return codes;
    }
}
