package vn.vientro.platform.web;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A 400 says which field or which place in the body is wrong, in the caller's words, and never names a Java class. */
@VientroIntegrationTest
class ProblemBodyIntegrationTests {

    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|vn\\.vientro)\\.[a-z]");

    @LocalServerPort
    int port;

    final Staff focal = Staff.focalPoint();

    @Test
    void aValueOfTheWrongTypeIsNamedByItsField() {
        HttpResponse<String> wrongEnum = post("/api/v1/aid-items", "{\"kind\":\"NO_SUCH_KIND\",\"nameVi\":\"x\"}");
        assertThat(wrongEnum.statusCode()).isEqualTo(400);
        assertThat(wrongEnum.body()).contains("/problems/unreadable").contains("\"field\":\"kind\"");
        HttpResponse<String> wrongNumber = post("/api/v1/aid-items", "{\"donorId\":\"many\"}");
        assertThat(wrongNumber.statusCode()).isEqualTo(400);
        assertThat(wrongNumber.body()).contains("\"field\":\"donorId\"");
        assertThat(wrongEnum.body() + wrongNumber.body()).doesNotContainPattern(JAVA_NAMES);
    }

    @Test
    void brokenJsonIsPlacedByLineAndColumn() {
        HttpResponse<String> broken = post("/api/v1/aid-items", "{\"kind\": \n  PROGRAMME}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("/problems/unreadable").contains("dòng 2").doesNotContainPattern(JAVA_NAMES);
    }

    @Test
    void aQueryParameterOrPathOfTheWrongTypeIsNamed() {
        HttpResponse<String> status = WebClient.api(port, "GET", "/api/v1/aid-items?status=NOPE", focal.token(), null);
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("\"field\":\"status\"").doesNotContainPattern(JAVA_NAMES);
        HttpResponse<String> path = WebClient.api(port, "GET", "/api/v1/aid-items/abc", focal.token(), null);
        assertThat(path.statusCode()).isEqualTo(400);
        assertThat(path.body()).contains("/problems/validation").doesNotContainPattern(JAVA_NAMES);
    }

    @Test
    void titlesAreInTheCallersLanguage() {
        HttpResponse<String> english = WebClient.api(port, "GET", "/api/v1/aid-items/abc?lang=en", focal.token(), null);
        assertThat(english.body()).contains("\"title\":\"Invalid data\"");
        HttpResponse<String> vietnamese = WebClient.api(port, "GET", "/api/v1/aid-items/abc", focal.token(), null);
        assertThat(vietnamese.body()).contains("\"title\":\"Dữ liệu không hợp lệ\"");
    }

    private HttpResponse<String> post(String path, String json) {
        return WebClient.api(port, "POST", path, focal.token(), json);
    }
}
