package vn.vientro.platform;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What an installation behind a TLS-terminating proxy shows the internet. */
@VientroIntegrationTest
class ProductionPostureIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anonymousInfoDoesNotTellTheJavaRuntime() {
        String info = WebClient.api(port, "GET", "/actuator/info", null, null).body();
        assertThat(info).contains("Vientro")
                .doesNotContain("\"java\"").doesNotContain("\"jvm\"").doesNotContain("\"os\"")
                .doesNotContain(System.getProperty("java.version")).doesNotContain(System.getProperty("java.vendor"));
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> page = new WebClient(port)
                .sending("X-Forwarded-Proto", "https").sending("X-Forwarded-For", "198.51.100.80").get("/login");
        assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
    }

    @Test
    void plainHttpOnADeskKeepsWorking() {
        HttpResponse<String> page = new WebClient(port).get("/login");
        assertThat(sessionCookie(page)).doesNotContain("Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theOpenApiDocumentIsReadableWithAnApiToken() {
        HttpResponse<String> document = WebClient.api(port, "GET", "/v3/api-docs", Staff.officer().token(), null);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\"").contains("/api/v1/me");
        assertThat(WebClient.api(port, "GET", "/v3/api-docs", "made-up-token", null).statusCode()).isEqualTo(401);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
