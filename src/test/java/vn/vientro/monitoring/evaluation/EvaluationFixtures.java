package vn.vientro.monitoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.testing.WebClient;

/** Calls the evaluations' API as a test's people do: record, correct, attach the report, read. */
final class EvaluationFixtures {

    private final int port;

    EvaluationFixtures(int port) {
        this.port = port;
    }

    HttpResponse<String> call(String method, String path, String token, String json) {
        return WebClient.api(port, method, "/api/v1/evaluations" + path, token, json);
    }

    JsonNode ok(String method, String path, String token, String json, int status) {
        HttpResponse<String> response = call(method, path, token, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return AidFixtures.read(response.body());
    }

    /** A mid-term evaluation of the item rating relevance and effectiveness, impact left for the final one. */
    static String midTerm(long item, String evaluator, String lessons) {
        return """
                {"itemId": %d, "kind": "MID_TERM", "evaluator": "%s", "evaluatedOn": "2026-06-15",
                 "lessons": "%s",
                 "ratings": [{"criterion": "RELEVANCE", "rating": "HIGHLY_SATISFACTORY",
                              "comment": "Đáp ứng đúng nhu cầu \\"cấp thiết\\" của xã"},
                             {"criterion": "EFFECTIVENESS", "rating": "SATISFACTORY", "comment": "Đạt 80%% chỉ tiêu"},
                             {"criterion": "IMPACT", "comment": "Chưa đánh giá được ở giữa kỳ"}]}
                """.formatted(item, evaluator, lessons);
    }

    JsonNode recorded(long item, String token, String evaluator, String lessons) {
        return ok("POST", "", token, midTerm(item, evaluator, lessons), 201);
    }

    HttpResponse<String> attach(long evaluation, String token, long version, String fileName, byte[] content) {
        String boundary = "vientro-evaluation";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/evaluations/"
                        + evaluation + "/report-file?version=" + version))
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
}
