package vn.vientro.identity;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's promise: the demo's users, one per role, with the demo password and the token demo-username. */
@DemoIntegrationTest
class DemoIdentityIntegrationTests {

    /** Username, role and agency code, as the README's table lists them. */
    private static final String[][] USERS = {{"admin", "ADMIN", "VP-UBND"}, {"focal", "FOCAL_POINT", "VP-UBND"},
            {"appraiser", "APPRAISER", "STC"}, {"police", "SECURITY", "CA-TINH"}, {"officer", "AGENCY_OFFICER", "SYT"},
            {"commune", "AGENCY_OFFICER", "UBND-P-VINHPHUC"}, {"leader", "LEADER", "UBND-TINH"}};

    @LocalServerPort
    int port;

    @Test
    void everyDemoUserSignsInWithTheDemoPassword() {
        for (String username : new String[] {"admin", "focal", "appraiser", "police", "officer", "commune", "leader"}) {
            WebClient client = WebClient.signedIn(port, username);
            assertThat(client.get("/app").body()).contains("vt-sidebar");
        }
    }

    @Test
    void everyDemoUserCallsTheApiWithTheFixedTokenAsTheirRoleInTheirAgency() {
        for (String[] user : USERS) {
            HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/me", "demo-" + user[0], null);
            assertThat(response.statusCode()).as(user[0]).isEqualTo(200);
            assertThat(response.body()).as(user[0]).contains("\"username\":\"" + user[0] + "\"")
                    .contains("\"roles\":[\"" + user[1] + "\"]").contains("\"code\":\"" + user[2] + "\"");
        }
    }

    @Test
    void theDemoAgenciesStateTheTitlesOfTheirHeads() {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/agencies", "demo-admin", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"headTitleVi\":\"Giám đốc Sở Y tế tỉnh Phú Thọ\"",
                "\"headTitleVi\":\"Chủ tịch Ủy ban nhân dân phường Vĩnh Phúc\"",
                "\"headTitleVi\":\"Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ\"",
                "\"headTitleEn\":\"Director of the Phu Tho Department of Finance\"");
    }
}
