package vn.vientro.identity.security;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A bearer token is a credential of the machine endpoints only; on staff pages the header changes nothing. */
@VientroIntegrationTest
class BearerTokenScopeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMadeUpBearerHeaderDoesNotSwitchOffTheCsrfCheckOnStaffPages() {
        assertThat(pageWriteWithoutCsrf(Staff.admin(), "made-up-token", "FAKE-BEARER").statusCode()).isEqualTo(403);
        assertThat(agencies("FAKE-BEARER")).isZero();
    }

    @Test
    void aRealTokenDoesNotSwitchItOffEither() {
        Staff admin = Staff.admin();
        assertThat(pageWriteWithoutCsrf(admin, admin.token(), "REAL-BEARER").statusCode()).isEqualTo(403);
        assertThat(agencies("REAL-BEARER")).isZero();
    }

    @Test
    void theTokenStillWritesThroughTheApiWithoutCsrf() {
        HttpResponse<String> created = WebClient.api(port, "POST", "/api/v1/agencies", Staff.admin().token(),
                "{\"code\":\"API-BEARER\",\"nameVi\":\"Tạo qua API\",\"kind\":\"OTHER\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(agencies("API-BEARER")).isOne();
    }

    @Test
    void aMadeUpTokenOnTheApiIsUnauthorizedEvenWithASession() {
        HttpResponse<String> anonymous = WebClient.api(port, "GET", "/api/v1/me", "made-up-token", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("/problems/unauthorized");

        WebClient browser = Staff.admin().browser(port).sending("Authorization", "Bearer made-up-token");
        HttpResponse<String> withSession = browser.get("/api/v1/me", Map.of("Accept", "application/json"));
        assertThat(withSession.statusCode()).isEqualTo(401);
    }

    /** A staff page's form posted with the session cookie and a bearer header, but no CSRF token. */
    private HttpResponse<String> pageWriteWithoutCsrf(Staff admin, String token, String code) {
        return admin.browser(port).sending("Authorization", "Bearer " + token).postRaw("/app/admin/agencies/new",
                Map.of("code", code, "nameVi", "Cơ quan " + code, "kind", "OTHER"));
    }

    private long agencies(String code) {
        return jdbc.sql("select count(*) from identity.agency where code = :code").param("code", code)
                .query(Long.class).single();
    }
}
