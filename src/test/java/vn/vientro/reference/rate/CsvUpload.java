package vn.vientro.reference.rate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vientro.testing.WebClient;

/** Posts a file to the import page as a browser would: multipart, with the signed-in session and the CSRF token. */
final class CsvUpload {

    static final String IMPORT = "/app/reference/exchange-rates/import";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----vientro-test-boundary";

    private CsvUpload() {
    }

    static HttpResponse<String> upload(int port, WebClient client, String filename, byte[] content) {
        Matcher csrf = CSRF.matcher(client.get(IMPORT).body());
        String token = csrf.find() ? csrf.group(1) : "";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + IMPORT))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Cookie", "SESSION=" + client.cookie("SESSION").orElseThrow()
                        + client.cookie("vientro-lang").map(lang -> "; vientro-lang=" + lang).orElse(""))
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> upload(int port, WebClient client, String csv) {
        return upload(port, client, "rates.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
