package vn.vientro.identity.user;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

/** What users change on their own profile page. */
@VientroIntegrationTest
class ProfileIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void userChangesOwnPasswordAfterProvingTheCurrentOne() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        WebClient commune = officer.browser(port);
        commune.get("/app/profile");
        HttpResponse<String> wrong = commune.post("/app/profile/password", Map.of("currentPassword", "nope",
                "newPassword", "Xa-phuong-2027", "confirmPassword", "Xa-phuong-2027"));
        assertThat(commune.get(location(wrong).replace("http://localhost:" + port, "")).body())
                .contains("id=\"currentPassword-error\"").contains("Mật khẩu hiện tại không đúng.");

        commune.post("/app/profile/password", Map.of("currentPassword", Staff.PASSWORD,
                "newPassword", "Xa-phuong-2027", "confirmPassword", "Xa-phuong-2027"));
        assertThat(location(new WebClient(port).login(officer.username(), "Xa-phuong-2027"))).endsWith("/app");

        commune.get("/app/profile");
        commune.post("/app/profile/password", Map.of("currentPassword", "Xa-phuong-2027",
                "newPassword", Staff.PASSWORD, "confirmPassword", Staff.PASSWORD));
        assertThat(location(new WebClient(port).login(officer.username(), Staff.PASSWORD))).endsWith("/app");
    }
}
