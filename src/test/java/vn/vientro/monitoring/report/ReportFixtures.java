package vn.vientro.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.testing.WebClient;

/** Calls the reports' API as a test's people do: save a draft, attach the signed file, submit, decide. */
public final class ReportFixtures {

    private final int port;

    public ReportFixtures(int port) {
        this.port = port;
    }

    HttpResponse<String> call(String method, String path, String token, String json) {
        return WebClient.api(port, method, "/api/v1/reports/" + path, token, json);
    }

    JsonNode ok(String method, String path, String token, String json) {
        HttpResponse<String> response = call(method, path, token, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }

    JsonNode get(long duty, String token) {
        return ok("GET", Long.toString(duty), token, null);
    }

    /** Saves a draft with the activities and nothing else changed; returns the report. */
    JsonNode draft(long duty, String token, Long version, String activities) {
        return ok("PUT", Long.toString(duty), token, """
                {"version": %s, "activities": "%s"}""".formatted(version, activities));
    }

    HttpResponse<String> attach(long duty, String token, long version, String fileName, byte[] content) {
        String boundary = "vientro-report";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/" + duty
                        + "/signed-file?version=" + version))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes, signs and submits the report; returns it as submitted. */
    public JsonNode submitted(long duty, String token, String activities) {
        JsonNode draft = draft(duty, token, versionOf(duty, token), activities);
        HttpResponse<String> attached = attach(duty, token, draft.path("version").asLong(), "bao-cao-ky.pdf",
                Samples.pdf(activities));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        long version = AidFixtures.read(attached.body()).path("version").asLong();
        return ok("POST", duty + "/submit", token, "{\"version\": " + version + "}");
    }

    JsonNode decide(long duty, String token, String action, String comments) {
        long version = get(duty, token).path("version").asLong();
        return ok("POST", duty + "/" + action, token, """
                {"version": %d, "comments": "%s"}""".formatted(version, comments));
    }

    private Long versionOf(long duty, String token) {
        JsonNode version = get(duty, token).path("version");
        return version.isNull() || version.isMissingNode() ? null : version.asLong();
    }
}
