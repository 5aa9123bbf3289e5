package vn.vientro.reference;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What the forms' pickers are offered: sectors as a tree in the reader's language, communes found by name. */
@VientroIntegrationTest
class PickIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void offersEverySectorWithItsGroupInTheReadersLanguage() {
        WebClient officer = Staff.officer().browser(port);
        String vietnamese = json(officer, "/app/reference/pick/sectors");
        assertThat(vietnamese).contains("{\"code\":\"12220\",\"label\":\"Chăm sóc sức khỏe ban đầu\",\"group\":\"122\"")
                .contains("\"code\":\"11320\",\"label\":\"Giáo dục trung học phổ thông\"");
        String english = json(officer, "/app/reference/pick/sectors?lang=en");
        assertThat(english).contains("{\"code\":\"12220\",\"label\":\"Basic health care\",\"group\":\"122\"");
    }

    @Test
    void findsCommunesByNameWithoutDiacriticsAndNamesOldCodesByWhatTheyBecame() {
        WebClient officer = Staff.officer().browser(port);
        assertThat(json(officer, "/app/reference/pick/communes?q=vinh+phuc"))
                .contains("{\"code\":\"08716\",\"label\":\"Phường Vĩnh Phúc, Phú Thọ\"");
        assertThat(json(officer, "/app/reference/pick/communes?codes=08716,08710"))
                .contains("\"code\":\"08716\"")
                .contains("Phường Liên Bảo, TP Vĩnh Yên, Vĩnh Phúc (cũ) → Phường Vĩnh Phúc, Phú Thọ");
        assertThat(json(officer, "/app/reference/pick/communes?q=x")).isEqualTo("[]");
    }

    private static String json(WebClient client, String path) {
        var answer = client.get(path, Map.of("Accept", "application/json"));
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void isForSignedInStaffOnly() {
        assertThat(new WebClient(port).get("/app/reference/pick/sectors").statusCode()).isIn(302, 401);
    }
}
