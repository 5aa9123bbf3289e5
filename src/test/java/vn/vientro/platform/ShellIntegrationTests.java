package vn.vientro.platform;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class ShellIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void publicHomeNamesTheProvinceAndLinksToStaffLogin() {
        HttpResponse<String> page = new WebClient(port).get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\"").contains("Ủy ban nhân dân tỉnh Phú Thọ")
                .contains("href=\"/dang-nhap\"");
    }

    @Test
    void languageSwitchPersistsAcrossRequests() {
        WebClient client = new WebClient(port);
        assertThat(client.get("/login?lang=en").body()).contains("<html lang=\"en\"").contains("Phu Tho Province People&#39;s Committee");
        assertThat(client.get("/login").body()).contains("Staff sign-in");
        assertThat(client.get("/login?lang=vi").body()).contains("<html lang=\"vi\"");
        assertThat(client.get("/login").body()).contains("Đăng nhập dành cho cán bộ");
    }

    @Test
    void menuFollowsTheUsersRoles() {
        String admin = Staff.admin().browser(port).get("/app").body();
        assertThat(admin).contains("href=\"/app/admin/users\"").contains("href=\"/app/audit\"")
                .contains("href=\"/app/admin/outbox\"");
        String officer = Staff.officer().browser(port).get("/app").body();
        assertThat(officer).doesNotContain("href=\"/app/admin/users\"").doesNotContain("href=\"/app/audit\"")
                .contains("href=\"/app/notifications\"").contains("href=\"/app/profile\"");
        String leader = Staff.leader().browser(port).get("/app").body();
        assertThat(leader).contains("href=\"/app/audit\"").doesNotContain("href=\"/app/admin/users\"");
    }

    @Test
    void homeGreetsTheUserWithBreadcrumbAndAgency() {
        Staff focal = Staff.focalPoint();
        String home = focal.browser(port).get("/app").body();
        assertThat(home).contains("Xin chào, " + focal.fullName()).contains("Văn phòng Ủy ban nhân dân tỉnh Phú Thọ")
                .contains("aria-current=\"page\"");
    }

    @Test
    void unknownPagesGetTheApplicationsOwn404Page() {
        HttpResponse<String> page = Staff.focalPoint().browser(port).get("/app/does-not-exist");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang").contains("vt-header").contains("vt-sidebar");
    }

    @Test
    void missingRecordsGetThe404Page() {
        HttpResponse<String> page = Staff.admin().browser(port).get("/app/admin/agencies/987654");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang");
    }

    @Test
    void forbiddenPagesGetTheApplicationsOwn403Page() {
        HttpResponse<String> page = Staff.officer().browser(port).get("/app/admin/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Không có quyền truy cập").contains("vt-header");
    }

    @Test
    void apiErrorsAreProblemDetails() {
        String focal = Staff.focalPoint().token();
        HttpResponse<String> missing = WebClient.api(port, "GET", "/api/v1/agencies/987654", focal, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        assertThat(missing.body()).contains("\"type\":\"/problems/not-found\"").contains("\"status\":404");
        HttpResponse<String> unknown = WebClient.api(port, "GET", "/api/v1/no-such-thing", focal, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("/problems/not-found");
        HttpResponse<String> wrongMethod = WebClient.api(port, "DELETE", "/api/v1/me", focal, null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("/problems/method-not-allowed");
        HttpResponse<String> malformed = WebClient.api(port, "GET", "/api/v1/aid-items?=", focal, null);
        assertThat(malformed.statusCode()).as("a malformed query string is a bad request").isEqualTo(400);
        assertThat(malformed.body()).contains("/problems/bad-request");
    }

    @Test
    void healthInfoAndOpenApiAreServed() {
        assertThat(WebClient.api(port, "GET", "/actuator/health", null, null).body()).contains("\"status\":\"UP\"");
        assertThat(WebClient.api(port, "GET", "/actuator/info", null, null).body()).contains("Vientro");
        assertThat(WebClient.api(port, "GET", "/actuator/prometheus", Staff.admin().token(), null, "text/plain").body())
                .contains("http_server_requests");
        assertThat(WebClient.api(port, "GET", "/actuator/prometheus", Staff.officer().token(), null).statusCode())
                .isEqualTo(403);
        assertThat(Staff.focalPoint().browser(port).get("/v3/api-docs").body()).contains("/api/v1/me")
                .contains("/api/v1/audit-events");
    }

    @Test
    void securityHeadersAreSet() {
        HttpResponse<String> page = new WebClient(port).get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
