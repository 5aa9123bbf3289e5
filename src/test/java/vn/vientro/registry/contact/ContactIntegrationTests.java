package vn.vientro.registry.contact;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.registry.Ngos;
import vn.vientro.registry.People;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

@VientroIntegrationTest
class ContactIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Contacts contacts;

    @Autowired
    Clock clock;

    final Staff focalPoint = Staff.focalPoint();

    @Test
    void focalPointAddsAContactThroughThePageAndEditsIt() {
        WebClient focal = focalPoint.browser(port);
        focal.get("/app/registry/contacts/new");
        HttpResponse<String> saved = focal.post("/app/registry/contacts/new", form("Bùi Thị Thanh Xuân", "EXPERT"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String path = location(saved).replace("http://localhost:" + port, "");
        String page = focal.get(path).body();
        assertThat(page).contains("Bùi Thị Thanh Xuân").contains("Đã lưu thông tin người liên hệ")
                .contains("Chuyên gia").contains("Tiếng Việt, Tiếng Anh").contains("Chưa liên hệ");

        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        focal.get(path + "/edit");
        Map<String, String> edit = form("Bùi Thị Thanh Xuân", "SCHOLAR");
        edit.put("version", String.valueOf(view(id).version()));
        edit.put("title", "Phó Giáo sư, Viện Xã hội học");
        assertThat(focal.post(path + "/edit", edit).statusCode()).isEqualTo(302);
        assertThat(view(id).title()).isEqualTo("Phó Giáo sư, Viện Xã hội học");
        assertThat(view(id).kind().name()).isEqualTo("SCHOLAR");
    }

    @Test
    void showsFieldErrorsInVietnameseAtTheFieldAndKeepsWhatWasTyped() {
        WebClient focal = focalPoint.browser(port);
        focal.get("/app/registry/contacts/new");
        Map<String, String> nameless = form("", "EXPERT");
        nameless.put("title", "Chức danh vẫn còn");
        Document missingName = Jsoup.parse(focal.post("/app/registry/contacts/new", nameless).body());
        assertThat(missingName.getElementById("fullName-error").text()).isEqualTo("Nhập họ và tên người liên hệ.");
        assertThat(missingName.getElementById("fullName").attr("aria-invalid")).isEqualTo("true");
        assertThat(missingName.getElementById("title").val()).isEqualTo("Chức danh vẫn còn");

        Map<String, String> badMail = form("Đoàn Văn Khoa", "EXPERT");
        badMail.put("email", "khoa-at-example.org");
        Document wrongMail = Jsoup.parse(focal.post("/app/registry/contacts/new", badMail).body());
        assertThat(wrongMail.getElementById("email-error").text()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(wrongMail.getElementById("email").val()).isEqualTo("khoa-at-example.org");
        assertThat(wrongMail.getElementById("fullName").val()).isEqualTo("Đoàn Văn Khoa");

        Map<String, String> badLanguage = form("Đoàn Văn Khoa", "EXPERT");
        badLanguage.put("languages", "vi, tiếng Anh");
        Document wrongLanguage = Jsoup.parse(focal.post("/app/registry/contacts/new", badLanguage).body());
        assertThat(wrongLanguage.getElementById("languages-error").text()).contains("Mã ngôn ngữ không hợp lệ");
    }

    @Test
    void apiAddsReadsUpdatesAndValidatesLikeThePage() {
        HttpResponse<String> created = api("POST", "/api/v1/contacts", Staff.admin().token(),
                "{\"kind\":\"BUSINESS\",\"fullName\":\"  Ngô   Bảo Châu  \",\"languages\":[\"VI\",\"en\",\"vi\"],"
                        + "\"countryCode\":\"vn\",\"email\":\"chau@example.org\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"fullName\":\"Ngô Bảo Châu\"").contains("\"languages\":[\"vi\",\"en\"]")
                .contains("\"countryCode\":\"VN\"").contains("\"version\":0");
        String url = location(created);
        assertThat(api("GET", url, Staff.leader().token(), null).body()).contains("Ngô Bảo Châu");

        HttpResponse<String> badMail = api("POST", "/api/v1/contacts", focalPoint.token(),
                "{\"kind\":\"BUSINESS\",\"fullName\":\"Thư Sai\",\"email\":\"not-an-address\"}");
        assertThat(badMail.statusCode()).isEqualTo(400);
        assertThat(badMail.body()).contains("\"field\":\"email\"").contains("Địa chỉ thư điện tử không hợp lệ");
        HttpResponse<String> noOrganisation = api("POST", "/api/v1/contacts", focalPoint.token(),
                "{\"kind\":\"NGO_STAFF\",\"fullName\":\"Không Tổ Chức\",\"organisationId\":987654}");
        assertThat(noOrganisation.statusCode()).isEqualTo(400);
        assertThat(noOrganisation.body()).contains("\"field\":\"organisationId\"").contains("987654");
        assertThat(api("POST", "/api/v1/contacts", focalPoint.token(), "{\"kind\":\"EXPERT\",\"fullName\":\"\"}")
                .body())
                .contains("\"field\":\"fullName\"").contains("Nhập họ và tên người liên hệ.");

        String update = "{\"version\":%d,\"kind\":\"BUSINESS\",\"fullName\":\"Ngô Bảo Châu\",\"phone\":\"%s\"}";
        assertThat(api("PUT", url, focalPoint.token(), update.formatted(0, "+84 24 1234 5678")).statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = api("PUT", url, focalPoint.token(), update.formatted(0, "0999 999 999"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("/problems/stale-version");
        assertThat(api("PUT", url, focalPoint.token(), update.formatted(1, "12")).body())
                .contains("\"field\":\"phone\"");
        assertThat(api("GET", url, focalPoint.token(), null).body()).contains("+84 24 1234 5678")
                .contains("\"version\":1");
    }

    @Test
    void listsContactsWithFiltersIgnoringDiacritics() {
        long kfhi = Ngos.anNgo().named("Korea Food for the Hungry International", "Tổ chức Cứu trợ nạn đói Hàn Quốc")
                .abbreviated("KFHI").from("KR").register().id();
        People.aContact(ContactKind.EMBASSY, "Kim Soo-yeon").speaking("ko", "en").from("KR").add();
        People.aContact(ContactKind.NGO_STAFF, "Park Ji-hoon").of(kfhi).speaking("ko", "en", "vi").from("KR").add();
        People.aContact(ContactKind.OVERSEAS_VIETNAMESE, "Đặng Quốc Hưng").speaking("vi", "fr", "en").from("FR").add();
        People.aContact(ContactKind.NGO_STAFF, "Sarah Mitchell").speaking("en").from("GB").add();
        assertThat(api("GET", "/api/v1/contacts?kind=EMBASSY", focalPoint.token(), null).body())
                .contains("Kim Soo-yeon").doesNotContain("Park Ji-hoon");
        assertThat(api("GET", "/api/v1/contacts?q=dang%20quoc", focalPoint.token(), null).body())
                .contains("Đặng Quốc Hưng").doesNotContain("Kim Soo-yeon");
        assertThat(api("GET", "/api/v1/contacts?language=KO", focalPoint.token(), null).body())
                .contains("Park Ji-hoon").contains("Kim Soo-yeon").doesNotContain("Đặng Quốc Hưng");
        assertThat(api("GET", "/api/v1/contacts?q=100%25", focalPoint.token(), null).body()).contains("\"total\":0");
        String page = Staff.leader().browser(port).get("/app/registry/contacts?q=park").body();
        assertThat(page).contains("Park Ji-hoon").contains("Tổ chức Cứu trợ nạn đói Hàn Quốc").doesNotContain("Sarah Mitchell");
        String rows = focalPoint.browser(port).get("/app/registry/contacts?q=mitchell",
                Map.of("HX-Request", "true")).body();
        assertThat(rows).startsWith("<div id=\"contact-results\"").contains("Sarah Mitchell")
                .doesNotContain("<html");
    }

    @Test
    void concurrentEditsShowBothVersionsAndLoseNothing() {
        long id = SystemAuthentication.asAdministrator("system:test", () -> contacts.add(
                new ContactDetails(ContactKind.EXPERT, "Tạ Quang Vinh", null, null, null, null, List.of("vi"), null,
                        null, null)));
        WebClient first = focalPoint.browser(port);
        WebClient second = Staff.admin().browser(port);
        first.get("/app/registry/contacts/" + id + "/edit");
        second.get("/app/registry/contacts/" + id + "/edit");
        Map<String, String> mine = form("Tạ Quang Vinh", "EXPERT");
        mine.put("version", "0");
        mine.put("phone", "+84 912 000 111");
        assertThat(first.post("/app/registry/contacts/" + id + "/edit", mine).statusCode()).isEqualTo(302);
        Map<String, String> theirs = form("Tạ Quang Vinh", "EXPERT");
        theirs.put("version", "0");
        theirs.put("interests", "Năng lượng tái tạo");
        HttpResponse<String> conflict = second.post("/app/registry/contacts/" + id + "/edit", theirs);
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body()).contains("Người khác đã lưu bản ghi này").contains("+84 912 000 111");
        Document page = Jsoup.parse(conflict.body());
        assertThat(page.getElementById("interests").val()).isEqualTo("Năng lượng tái tạo");
        assertThat(page.getElementById("version").val()).isEqualTo("1");
        assertThat(view(id).phone()).isEqualTo("+84 912 000 111");
        assertThat(view(id).interests()).isNull();

        assertThat(second.post("/app/registry/contacts/" + id + "/edit", Map.of("version", "1", "kind", "EXPERT",
                "fullName", "Tạ Quang Vinh", "interests", "Năng lượng tái tạo")).statusCode()).isEqualTo(302);
        assertThat(view(id).interests()).isEqualTo("Năng lượng tái tạo");
    }

    @Test
    void recordingAnInteractionMovesTheLastContactDateForwardOnly() {
        String url = location(api("POST", "/api/v1/contacts", focalPoint.token(),
                "{\"kind\":\"OVERSEAS_VIETNAMESE\",\"fullName\":\"Châu Ngọc Lan\"}"));
        LocalDate today = LocalDate.now(clock);
        String interaction = "{\"kind\":\"%s\",\"occurredOn\":\"%s\",\"notes\":\"%s\"}";
        HttpResponse<String> call = api("POST", url + "/interactions", focalPoint.token(),
                interaction.formatted("CALL", today.minusDays(10), "Hẹn gặp dịp về nước"));
        assertThat(call.statusCode()).isEqualTo(201);
        assertThat(call.body()).contains("\"recordedBy\":\"" + focalPoint.username() + "\"");
        assertThat(api("GET", url, focalPoint.token(), null).body()).contains("\"lastContactOn\":\""
                + today.minusDays(10) + "\"");
        api("POST", url + "/interactions", focalPoint.token(), interaction.formatted("EMAIL", today.minusDays(30),
                "Thư cũ ghi bù"));
        assertThat(api("GET", url, focalPoint.token(), null).body()).contains("\"lastContactOn\":\""
                + today.minusDays(10) + "\"")
                .contains("\"version\":0");
        assertThat(api("GET", url + "/interactions", Staff.police().token(), null).body())
                .matches("(?s).*Hẹn gặp dịp về nước.*Thư cũ ghi bù.*");

        HttpResponse<String> future = api("POST", url + "/interactions", focalPoint.token(),
                interaction.formatted("VISIT", today.plusDays(1), "Chưa diễn ra"));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"occurredOn\"").contains("không được sau ngày hôm nay");
        assertThat(api("POST", url + "/interactions", focalPoint.token(), interaction.formatted("VISIT", today, " "))
                .body())
                .contains("\"field\":\"notes\"");

        WebClient focal = focalPoint.browser(port);
        String path = url.replace("/api/v1/contacts/", "/app/registry/contacts/");
        focal.get(path);
        Document refused = Jsoup.parse(focal.post(path + "/interactions", Map.of("kind", "MEETING",
                "occurredOn", today.toString(), "notes", "")).body());
        assertThat(refused.getElementById("notes-error").text()).isEqualTo("Nhập nội dung trao đổi.");
        assertThat(refused.select("#kind option[selected]").val()).isEqualTo("MEETING");
        assertThat(focal.post(path + "/interactions", Map.of("kind", "MEETING", "occurredOn", today.toString(),
                "notes", "Gặp tại hội nghị kiều bào")).statusCode()).isEqualTo(302);
        Document page = Jsoup.parse(focal.get(path).body());
        assertThat(page.getElementById("last-contact").text()).isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today));
        assertThat(page.select("tbody tr").first().text()).contains("Gặp tại hội nghị kiều bào");
    }

    private ContactView view(long id) {
        return SystemAuthentication.asAdministrator("system:test", () -> contacts.get(id));
    }

    private HttpResponse<String> api(String method, String path, String token, String json) {
        return WebClient.api(port, method, path.replace("http://localhost:" + port, ""), token, json);
    }

    static Map<String, String> form(String name, String kind) {
        return new HashMap<>(Map.of("kind", kind, "fullName", name, "languages", "vi, en", "countryCode", "VN"));
    }
}
