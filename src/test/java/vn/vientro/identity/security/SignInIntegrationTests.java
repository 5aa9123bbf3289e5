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
import static vn.vientro.testing.WebClient.location;

@VientroIntegrationTest
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesPasswordsWithAModernSaltedHash() {
        String hash = jdbc.sql("select password_hash from identity.user_account where username = :u")
                .param("u", Staff.focalPoint().username()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Thu-nghiem");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageInVietnamese() {
        String focal = Staff.focalPoint().username();
        WebClient client = new WebClient(port).sending("X-Forwarded-For", "198.19.255.1");
        HttpResponse<String> response = client.login(focal, "wrong-password-1");
        assertThat(location(response)).contains("/login?error=bad");
        assertThat(client.get("/login?error=bad").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void changesTheSessionIdOnSignIn() {
        WebClient client = new WebClient(port);
        client.get("/login");
        String before = client.cookie("SESSION").orElse("none");
        client.post("/login", Map.of("username", Staff.leader().username(), "password", Staff.PASSWORD));
        assertThat(client.cookie("SESSION")).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() {
        WebClient client = Staff.admin().browser(port);
        HttpResponse<String> response = client.postRaw("/app/admin/agencies/new",
                Map.of("code", "NO-CSRF", "nameVi", "Không có mã CSRF", "kind", "OTHER"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from identity.agency where code = 'NO-CSRF'").query(Long.class).single())
                .isZero();
    }

    @Test
    void sendsVisitorsOfStaffPagesToTheLoginPage() {
        HttpResponse<String> response = new WebClient(port).get("/app/admin/users");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
    }

    @Test
    void returnsToThePageAskedAfterSigningInButKeepsNoSessionForAnAnonymousApiCall() {
        WebClient client = new WebClient(port);
        assertThat(location(client.get("/app/profile"))).endsWith("/login");
        client.get("/login");
        assertThat(location(client.post("/login", Map.of("username", Staff.leader().username(),
                "password", Staff.PASSWORD)))).contains("/app/profile");
        HttpResponse<String> api = new WebClient(port).get("/api/v1/me");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().allValues("Set-Cookie")).as("no session row written for it").isEmpty();
    }

    @Test
    void signsOut() {
        WebClient client = Staff.leader().browser(port);
        client.get("/app");
        assertThat(location(client.post("/logout", Map.of()))).contains("/login?logout");
        assertThat(client.get("/app").statusCode()).isEqualTo(302);
    }
}
