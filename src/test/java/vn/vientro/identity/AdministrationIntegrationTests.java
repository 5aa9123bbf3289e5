package vn.vientro.identity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class AdministrationIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void onlyAdministratorsReachAdministrationPages() {
        for (Staff staff : List.of(Staff.focalPoint(), Staff.appraiser(), Staff.police(), Staff.officer(),
                Staff.officerOf(ProvinceAgencies.newCommune().id()), Staff.leader())) {
            WebClient client = staff.browser(port);
            assertThat(client.get("/app/admin/agencies").statusCode()).isEqualTo(403);
            assertThat(client.get("/app/admin/users").statusCode()).isEqualTo(403);
            assertThat(client.get("/app/admin/outbox").statusCode()).isEqualTo(403);
        }
    }
}
