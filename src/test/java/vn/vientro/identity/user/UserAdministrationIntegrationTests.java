package vn.vientro.identity.user;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

/** Opening user accounts from the administration pages. */
@VientroIntegrationTest
class UserAdministrationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Agencies agencies;

    @Test
    void administratorOpensAUserWhoCanThenSignIn() {
        WebClient admin = Staff.admin().browser(port);
        admin.get("/app/admin/users/new");
        long agency = ProvinceAgencies.newLineDepartment().id();
        Map<String, String> form = new HashMap<>(Map.of("username", "giaoduc.nam", "password", "Hoc-tap-2026",
                "fullName", "Nguyễn Văn Nam", "email", "nam@example.vn", "agencyId", String.valueOf(agency),
                "roles", "AGENCY_OFFICER", "enabled", "true"));
        assertThat(admin.post("/app/admin/users/new", form).statusCode()).isEqualTo(302);
        WebClient nam = new WebClient(port);
        assertThat(location(nam.login("giaoduc.nam", "Hoc-tap-2026"))).endsWith("/app");
        assertThat(nam.get("/app/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAWeakInitialPasswordAtThePasswordField() {
        WebClient admin = Staff.admin().browser(port);
        admin.get("/app/admin/users/new");
        long agency = agencies.all().get(0).id();
        Map<String, String> form = new HashMap<>(Map.of("username", "weak.user", "password", "short1",
                "fullName", "Người Yếu", "agencyId", String.valueOf(agency), "roles", "LEADER"));
        HttpResponse<String> response = admin.post("/app/admin/users/new", form);
        assertThat(response.body()).contains("id=\"password-error\"").contains("ít nhất 10 ký tự");
    }
}
