package vn.vientro.identity.token;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.AccountDetails;
import vn.vientro.identity.Staff;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.shared.Role;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

/** Personal API tokens: made and revoked on the profile page, presented to the API. */
@VientroIntegrationTest
class ApiTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Test
    void apiReturnsTheCallersUsernameAgencyAndRoles() {
        Staff police = Staff.police();
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/me", police.token(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"" + police.username() + "\"")
                .contains("\"roles\":[\"SECURITY\"]")
                .contains("\"code\":\"CA-TINH\"");
    }

    @Test
    void apiRefusesMissingOrUnknownTokensWithProblemDetails() {
        HttpResponse<String> none = WebClient.api(port, "GET", "/api/v1/me", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("/problems/unauthorized");
        HttpResponse<String> unknown = WebClient.api(port, "GET", "/api/v1/me", "vt_not-a-token", null);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
    }

    @Test
    void userCreatesUsesAndRevokesAPersonalToken() {
        Staff staff = Staff.officer();
        WebClient officer = staff.browser(port);
        officer.get("/app/profile");
        HttpResponse<String> created = officer.post("/app/profile/tokens", Map.of("name", "Báo cáo tự động"));
        assertThat(location(created)).contains("/app/profile");
        String page = officer.get("/app/profile").body();
        Matcher matcher = Pattern.compile("id=\"new-token\">(vt_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(matcher.find()).as("the new token is shown once").isTrue();
        String token = matcher.group(1);
        assertThat(officer.get("/app/profile").body()).doesNotContain(token);

        assertThat(WebClient.api(port, "GET", "/api/v1/me", token, null).body())
                .contains("\"username\":\"" + staff.username() + "\"");

        Matcher revoke = Pattern.compile("action=\"(/app/profile/tokens/\\d+/revoke)\"").matcher(page);
        assertThat(revoke.find()).isTrue();
        assertThat(page).doesNotContain("Đã thu hồi / hết hạn");
        officer.post(revoke.group(1), Map.of());
        assertThat(WebClient.api(port, "GET", "/api/v1/me", token, null).statusCode()).isEqualTo(401);
        assertThat(officer.get("/app/profile").body()).as("the list says so").contains("Đã thu hồi / hết hạn");
    }

    /** A token's owner is remembered for a while (TokenSignIns); a change to the user is not left behind by it. */
    @Test
    void aTokenSignsInWithTheRolesItsOwnerHasNowAndNotOnceDisabled() {
        Staff staff = Staff.officer();
        assertThat(WebClient.api(port, "GET", "/api/v1/me", staff.token(), null).body())
                .contains("\"roles\":[\"AGENCY_OFFICER\"]");
        change(staff, Set.of(Role.LEADER), true);
        assertThat(WebClient.api(port, "GET", "/api/v1/me", staff.token(), null).body())
                .as("the next call has the new roles").contains("\"roles\":[\"LEADER\"]");
        change(staff, Set.of(Role.LEADER), false);
        assertThat(WebClient.api(port, "GET", "/api/v1/me", staff.token(), null).statusCode())
                .as("a disabled user's token is refused from the next call").isEqualTo(401);
    }

    private void change(Staff staff, Set<Role> roles, boolean enabled) {
        SystemAuthentication.asAdministrator("system:test", () -> {
            UserView user = users.get(staff.id());
            users.update(user.id(), user.version(), new AccountDetails(user.fullName(), user.email(), null,
                    user.agencyId(), roles, enabled));
            return null;
        });
    }

    @Test
    void tokenRequestsNeedNoCsrfToken() {
        HttpResponse<String> withToken = WebClient.api(port, "POST", "/api/v1/agencies", Staff.admin().token(),
                "{\"code\":\"CSRF-FREE\",\"nameVi\":\"Không cần CSRF\",\"kind\":\"OTHER\"}");
        assertThat(withToken.statusCode()).isEqualTo(201);
    }
}
