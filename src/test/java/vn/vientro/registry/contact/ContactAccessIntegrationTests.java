package vn.vientro.registry.contact;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.registry.Ngos;
import vn.vientro.registry.People;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Contacts are personal data (Decree 13/2023): who may read and write them, on pages, API and search. */
@VientroIntegrationTest
class ContactAccessIntegrationTests {

    private static final String VALID = "{\"kind\":\"EXPERT\",\"fullName\":\"Không Được Phép\"}";
    private static final String INTERACTION = "{\"kind\":\"CALL\",\"occurredOn\":\"2026-01-05\",\"notes\":\"Không được\"}";

    @LocalServerPort
    int port;

    @Autowired
    Contacts contacts;

    @Test
    void staffOutsideTheFourReaderRolesGetForbiddenOnPagesAndApi() {
        ContactView kim = kim();
        for (Staff staff : List.of(Staff.officer(), Staff.officerOf(ProvinceAgencies.newCommune().id()),
                Staff.appraiser())) {
            String username = staff.username();
            WebClient client = staff.browser(port);
            for (String page : List.of("/app/registry/contacts", "/app/registry/contacts/" + kim.id(),
                    "/app/registry/contacts/new", "/app/registry/contacts/" + kim.id() + "/edit")) {
                assertThat(client.get(page).statusCode()).as(username + " " + page).isEqualTo(403);
            }
            client.get("/app");
            assertThat(client.post("/app/registry/contacts/new", ContactIntegrationTests.form("Không Được", "EXPERT"))
                    .statusCode()).as(username).isEqualTo(403);
            assertThat(client.post("/app/registry/contacts/" + kim.id() + "/interactions",
                    Map.of("kind", "CALL", "occurredOn", "2026-01-05", "notes", "Không được")).statusCode())
                    .as(username).isEqualTo(403);
            String token = staff.token();
            assertThat(api("GET", "/api/v1/contacts", token, null).statusCode()).as(username).isEqualTo(403);
            assertThat(api("GET", "/api/v1/contacts/" + kim.id(), token, null).statusCode()).as(username).isEqualTo(403);
            assertThat(api("GET", "/api/v1/contacts/" + kim.id() + "/interactions", token, null).statusCode())
                    .as(username).isEqualTo(403);
            assertThat(api("POST", "/api/v1/contacts", token, VALID).statusCode()).as(username).isEqualTo(403);
            assertThat(api("PUT", "/api/v1/contacts/" + kim.id(), token, VALID.replace("{", "{\"version\":0,"))
                    .statusCode()).as(username).isEqualTo(403);
            assertThat(api("POST", "/api/v1/contacts/" + kim.id() + "/interactions", token, INTERACTION).statusCode())
                    .as(username).isEqualTo(403);
            assertThat(client.get("/app").body()).as(username + " menu").doesNotContain("/app/registry/contacts");
        }
    }

    @Test
    void policeAndLeadersReadContactsButCannotWriteThem() {
        ContactView kim = kim();
        for (Staff staff : List.of(Staff.police(), Staff.leader())) {
            String username = staff.username();
            WebClient client = staff.browser(port);
            assertThat(client.get("/app").body()).as(username + " menu").contains("/app/registry/contacts");
            String list = client.get("/app/registry/contacts").body();
            assertThat(list).as(username).contains("Kim Soo-yeon").doesNotContain("/app/registry/contacts/new");
            Document detail = Jsoup.parse(client.get("/app/registry/contacts/" + kim.id()).body());
            assertThat(detail.text()).contains("Bí thư thứ nhất").contains("Nhật ký liên hệ");
            assertThat(detail.select("form[action$=/interactions]")).as(username + " sees no log form").isEmpty();
            assertThat(client.get("/app/registry/contacts/new").statusCode()).as(username).isEqualTo(403);
            assertThat(client.get("/app/registry/contacts/" + kim.id() + "/edit").statusCode()).as(username).isEqualTo(403);
            assertThat(client.post("/app/registry/contacts/new", ContactIntegrationTests.form("Không Được", "EXPERT"))
                    .statusCode()).as(username).isEqualTo(403);
            assertThat(client.post("/app/registry/contacts/" + kim.id() + "/interactions",
                    Map.of("kind", "CALL", "occurredOn", "2026-01-05", "notes", "Không được")).statusCode())
                    .as(username).isEqualTo(403);
            String token = staff.token();
            assertThat(api("GET", "/api/v1/contacts/" + kim.id(), token, null).body()).contains("Kim Soo-yeon");
            assertThat(api("POST", "/api/v1/contacts", token, VALID).statusCode()).as(username).isEqualTo(403);
            assertThat(api("PUT", "/api/v1/contacts/" + kim.id(), token, VALID.replace("{", "{\"version\":0,"))
                    .statusCode()).as(username).isEqualTo(403);
            assertThat(api("POST", "/api/v1/contacts/" + kim.id() + "/interactions", token, INTERACTION).statusCode())
                    .as(username).isEqualTo(403);
        }
        assertThat(contact(kim.id()).fullName()).isEqualTo("Kim Soo-yeon");
    }

    @Test
    void searchFindsAContactByUnaccentedNameOnlyForContactReaders() {
        People.aContact(ContactKind.NGO_STAFF, "Nguyễn Thị Thu Hà").titled("Trưởng đại diện tại Việt Nam")
                .of(Ngos.anNgo().register().id()).speaking("vi", "en").add();
        People.aContact(ContactKind.AGENCY_FOCAL_OFFICER, "Phạm Văn Long")
                .titled("Phó Trưởng phòng Kế hoạch – Tài chính, Sở Y tế").add();
        People.aContact(ContactKind.NGO_STAFF, "Park Ji-hoon").speaking("ko", "en", "vi").add();
        People.aContact(ContactKind.OVERSEAS_VIETNAMESE, "Đặng Quốc Hưng").titled("Giáo sư, Đại học Paris-Saclay")
                .speaking("vi", "fr", "en").add();
        Staff focal = Staff.focalPoint();
        assertThat(search("nguyen thi thu ha", focal.token())).contains("\"type\":\"contact\"")
                .contains("Nguyễn Thị Thu Hà").contains("\"url\":\"/app/registry/contacts/");
        assertThat(search("pham van long", Staff.police().token())).contains("Phạm Văn Long");
        assertThat(search("nguyen thi thu ha", Staff.officer().token())).doesNotContain("\"type\":\"contact\"")
                .doesNotContain("Thu Hà");
        assertThat(search("Park Ji-hoon", Staff.appraiser().token())).doesNotContain("\"type\":\"contact\"");
        String page = Jsoup.parse(focal.browser(port).get("/app/search?q=dang%20quoc%20hung").body()).text();
        assertThat(page).contains("Đặng Quốc Hưng").contains("Giáo sư, Đại học Paris-Saclay");
    }

    @Test
    void organisationPageListsItsContactsInATabForContactReadersOnly() {
        ContactView ha = contact(People.aContact(ContactKind.NGO_STAFF, "Nguyễn Thị Thu Hà")
                .of(Ngos.anNgo().register().id()).speaking("vi", "en").add());
        String organisation = "/app/registry/organisations/" + ha.organisationId();
        WebClient focalPoint = Staff.focalPoint().browser(port);
        Document focal = Jsoup.parse(focalPoint.get(organisation + "?tab=contacts").body());
        assertThat(focal.select("a.nav-link.active").text()).isEqualTo("Người liên hệ");
        assertThat(focal.select("section[aria-labelledby=contacts-heading] tbody a").eachText())
                .contains("Nguyễn Thị Thu Hà");
        String addHere = focal.select("section[aria-labelledby=contacts-heading] a[href*=/contacts/new]").attr("href");
        Document form = Jsoup.parse(focalPoint.get(addHere).body());
        assertThat(form.select("#organisationId option[selected]").val()).isEqualTo(String.valueOf(ha.organisationId()));

        String officer = Staff.officer().browser(port).get(organisation + "?tab=contacts").body();
        assertThat(officer).doesNotContain("Nguyễn Thị Thu Hà").doesNotContain("tab=contacts");
    }

    /** An embassy's first secretary, with a call logged. */
    private ContactView kim() {
        return contact(People.aContact(ContactKind.EMBASSY, "Kim Soo-yeon")
                .titled("Bí thư thứ nhất, Đại sứ quán Hàn Quốc tại Hà Nội").speaking("ko", "en").from("KR")
                .met(InteractionKind.EMAIL, 35, "Đại sứ quán gửi thông tin chương trình tài trợ nhỏ năm tới.").add());
    }

    private ContactView contact(long id) {
        return SystemAuthentication.asAdministrator("system:test", () -> contacts.get(id));
    }

    private HttpResponse<String> api(String method, String path, String token, String json) {
        return WebClient.api(port, method, path, token, json);
    }

    private String search(String q, String token) {
        Events.settle();
        return api("GET", "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token, null).body();
    }
}
