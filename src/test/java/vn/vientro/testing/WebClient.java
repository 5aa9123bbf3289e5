package vn.vientro.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for integration tests over the real HTTP stack: keeps cookies, never follows redirects,
 * and sends the CSRF token of the last page it loaded, as a browser posting a form would.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    public static final String DEMO_PASSWORD = "Vientro#2026";
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String baseUrl;
    private final HttpClient http;
    private final Map<String, String> everyRequest = new LinkedHashMap<>();
    private String lastCsrf = "";

    public WebClient(int port) {
        this("http://localhost:" + port);
    }

    public WebClient(String baseUrl) {
        this(baseUrl, new CookieManager());
    }

    private WebClient(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Another client pointed at a different node but carrying the same cookies (a user hopping between nodes). */
    public WebClient sameCookiesOn(String otherBaseUrl) {
        return new WebClient(otherBaseUrl, (CookieManager) http.cookieHandler().orElseThrow());
    }

    /**
     * Sends this header with every later request: {@code X-Forwarded-For} and {@code X-Forwarded-Proto} as a
     * TLS-terminating proxy in front of the application would, or any header a test needs to add to a browser's.
     */
    public WebClient sending(String header, String value) {
        everyRequest.put(header, value);
        return this;
    }

    /** A demo user (the demo profile's tests only): every demo user has the demo password. */
    public static WebClient signedIn(int port, String username) {
        return signedIn(port, username, DEMO_PASSWORD);
    }

    public static WebClient signedIn(int port, String username, String password) {
        WebClient client = new WebClient(port);
        HttpResponse<String> response = client.login(username, password);
        if (response.statusCode() != 302 || !location(response).endsWith("/app")) {
            throw new IllegalStateException("Login of " + username + " failed: " + response.statusCode() + " "
                    + location(response));
        }
        return client;
    }

    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().header("Accept", HTML);
        headers.forEach(request::setHeader);
        HttpResponse<String> response = send(request);
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            lastCsrf = matcher.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page loaded (as the browser would). */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", lastCsrf);
        return postRaw(path, fields);
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", HTML)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts one file as {@code multipart/form-data} with the CSRF token of the last page loaded (as a browser). */
    public HttpResponse<String> postFile(String path, String field, String fileName, String contentType,
                                         byte[] content) {
        return postFile(path, field, fileName, contentType, content, HTML);
    }

    /** The same as a page's script sends it in the background, asking for {@code accept} in return. */
    public HttpResponse<String> postFile(String path, String field, String fileName, String contentType,
                                         byte[] content, String accept) {
        String boundary = "----vientro-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + lastCsrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static HttpResponse<String> api(int port, String method, String path, String token, String json) {
        return api(port, method, path, token, json, "application/json");
    }

    public static HttpResponse<String> api(int port, String method, String path, String token, String json,
                                           String accept) {
        return apiWithHeaders(port, method, path, token, json, Map.of("Accept", accept));
    }

    /** An API call with headers of the test's own ({@code Idempotency-Key} ...); JSON is accepted unless they say. */
    public static HttpResponse<String> apiWithHeaders(int port, String method, String path, String token, String json,
                                                      Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> cookie(String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst();
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        everyRequest.forEach(request::setHeader);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
