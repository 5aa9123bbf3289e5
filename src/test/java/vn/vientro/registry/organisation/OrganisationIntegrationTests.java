package vn.vientro.registry.organisation;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

@VientroIntegrationTest
class OrganisationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationRegistry registry;

    @Autowired
    Clock clock;

    @Test
    void focalPointRegistersAnNgoThroughThePage() {
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/registry/organisations/new");
        HttpResponse<String> saved = focal.post("/app/registry/organisations/new", form("Fondation Mérieux", "FR"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = focal.get(location(saved).replace("http://localhost:" + port, "")).body();
        assertThat(page).contains("Fondation Mérieux").contains("Đã lưu thông tin tổ chức")
                .contains("Không có giấy đăng ký còn hiệu lực");
    }

    @Test
    void onlyTheFocalPointAndAdministratorsWriteTheRegistry() {
        for (Staff staff : List.of(Staff.officer(), Staff.officerOf(ProvinceAgencies.newCommune().id()),
                Staff.leader(), Staff.appraiser(), Staff.police())) {
            String username = staff.username();
            WebClient client = staff.browser(port);
            client.get("/app/registry/organisations");
            assertThat(client.post("/app/registry/organisations/new", form("Không được phép " + username, "US"))
                    .statusCode()).as(username).isEqualTo(403);
            assertThat(WebClient.api(port, "POST", "/api/v1/organisations?confirm=true", staff.token(),
                    "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"API " + username + "\"}").statusCode())
                    .as(username).isEqualTo(403);
            assertThat(client.get("/app/registry/organisations").statusCode()).as(username + " reads").isEqualTo(200);
        }
    }

    @Test
    void aFormPostedWithoutTheRightIsRefusedBeforeItIsValidated() {
        Ngos.Ngo ngo = Ngos.anNgo().withPermitUntil(today().plusYears(1)).register();
        Staff leader = Staff.leader();
        WebClient client = leader.browser(port);
        client.get("/app/registry/organisations");
        String organisation = "/app/registry/organisations/" + ngo.id();
        assertThat(client.post("/app/registry/organisations/new", form("", "US")).statusCode())
                .as("an empty name is not reported to who may not register").isEqualTo(403);
        assertThat(client.post(organisation + "/edit", form("", "US")).statusCode()).isEqualTo(403);
        assertThat(client.post(organisation + "/status", Map.of("to", "REVOKED")).statusCode())
                .as("no version, no reason: still 403").isEqualTo(403);
        assertThat(client.post(organisation + "/permits/new", Map.of("kind", "")).statusCode()).isEqualTo(403);
        assertThat(client.post("/app/registry/permits/" + ngo.permitId() + "/extend", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(WebClient.api(port, "PUT", "/api/v1/organisations/" + ngo.id(), leader.token(),
                "{\"version\":\"not a number\"}").statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "POST", "/api/v1/permits/" + ngo.permitId() + "/extend", leader.token(),
                "{\"version\":\"not a number\"}").statusCode()).isEqualTo(403);
        assertThat(client.get(organisation).body()).as("no edit button").doesNotContain(organisation + "/edit");
        assertThat(client.get(organisation + "?tab=permits").body()).as("papers shown, no paper or report form")
                .contains(ngo.permitNumber()).doesNotContain("/permits/new").doesNotContain("/annual-reports");
        assertThat(client.get(organisation + "?tab=history").body()).as("no status form")
                .doesNotContain(organisation + "/status");
    }

    @Test
    void warnsOfAPossibleDuplicateAndSavesOnlyAfterConfirmation() {
        Ngos.anNgo().named("Save the Children", "Tổ chức Cứu trợ trẻ em").register();
        Ngos.anNgo().named("Oxfam", "Tổ chức Oxfam").register();
        Staff staff = Staff.focalPoint();
        WebClient focal = staff.browser(port);
        focal.get("/app/registry/organisations/new");
        HttpResponse<String> warned = focal.post("/app/registry/organisations/new",
                form("SAVE THE CHILDREN INTERNATIONAL", "GB"));
        assertThat(warned.statusCode()).isEqualTo(200);
        assertThat(warned.body()).contains("Tổ chức Cứu trợ trẻ em").contains("Tôi đã kiểm tra");
        Map<String, String> confirmed = form("SAVE THE CHILDREN INTERNATIONAL", "GB");
        confirmed.put("confirmNotDuplicate", "true");
        assertThat(focal.post("/app/registry/organisations/new", confirmed).statusCode()).isEqualTo(302);

        HttpResponse<String> api = WebClient.api(port, "POST", "/api/v1/organisations", staff.token(),
                "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Oxfam International\"}");
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.body()).contains("/problems/possible-duplicate").contains("\"candidates\"").contains("Oxfam");
        assertThat(WebClient.api(port, "POST", "/api/v1/organisations?confirm=true", staff.token(),
                "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Oxfam International\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void checksTheIatiIdentifierAgainstRegistrationAgencyPrefixes() {
        String charity = "9" + Unique.number();
        Ngos.anNgo().withIatiIdentifier("GB-CHC-" + charity).register();
        String token = Staff.focalPoint().token();
        HttpResponse<String> malformed = WebClient.api(port, "POST", "/api/v1/organisations?confirm=true", token,
                "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Tổ chức thử mã\",\"iatiIdentifier\":\"ZZ-NOPE-1\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"iatiIdentifier\"").contains("không đúng dạng");
        HttpResponse<String> taken = WebClient.api(port, "POST", "/api/v1/organisations?confirm=true", token,
                "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Tổ chức khác\",\"iatiIdentifier\":\"gb-chc-" + charity
                + "\"}");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("đã được dùng");
        assertThat(WebClient.api(port, "POST", "/api/v1/organisations?confirm=true", token,
                "{\"kind\":\"FOREIGN_NGO\",\"nameOriginal\":\"Terre des Hommes Netherlands\","
                        + "\"iatiIdentifier\":\"NL-KVK-41150298\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void showsFieldErrorsInVietnameseAndKeepsWhatWasTyped() {
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/registry/organisations/new");
        Map<String, String> bad = form("", "US");
        bad.put("nameVi", "Tên tiếng Việt vẫn còn");
        bad.put("sectorCodes", "99999");
        HttpResponse<String> response = focal.post("/app/registry/organisations/new", bad);
        assertThat(response.body()).contains("id=\"nameOriginal-error\"").contains("Nhập tên gốc của tổ chức.");
        assertThat(Jsoup.parse(response.body()).getElementById("nameVi").val()).isEqualTo("Tên tiếng Việt vẫn còn");
    }

    @Test
    void concurrentEditsShowBothVersionsAndLoseNothing() {
        OrganisationView kfhi = find(Ngos.anNgo().named("Korea Food for the Hungry International",
                "Tổ chức Cứu trợ nạn đói Hàn Quốc").abbreviated("KFHI").from("KR").inSectors("11220", "112")
                .register());
        WebClient first = Staff.focalPoint().browser(port);
        WebClient second = Staff.admin().browser(port);
        first.get("/app/registry/organisations/" + kfhi.id() + "/edit");
        second.get("/app/registry/organisations/" + kfhi.id() + "/edit");
        Map<String, String> mine = edit(kfhi);
        mine.put("phone", "+82 2 111 2222");
        assertThat(first.post("/app/registry/organisations/" + kfhi.id() + "/edit", mine).statusCode()).isEqualTo(302);
        Map<String, String> theirs = edit(kfhi);
        theirs.put("headOfOffice", "Kim Min-jun");
        HttpResponse<String> conflict = second.post("/app/registry/organisations/" + kfhi.id() + "/edit", theirs);
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body()).contains("Người khác đã lưu bản ghi này").contains("+82 2 111 2222");
        assertThat(Jsoup.parse(conflict.body()).getElementById("headOfOffice").val()).isEqualTo("Kim Min-jun");
        OrganisationView stored = SystemAuthentication.asAdministrator("system:test", () -> registry.get(kfhi.id()));
        assertThat(stored.phone()).isEqualTo("+82 2 111 2222");
        assertThat(stored.headOfOffice()).isNull();
    }

    @Test
    void statusChangesNeedAReasonAndDecisionAndAreKept() {
        OrganisationView psi = find(Ngos.anNgo().named("Population Services International",
                "Tổ chức Dịch vụ Dân số Quốc tế").abbreviated("PSI").withPermitUntil(today().plusDays(400)).register());
        Staff focal = Staff.focalPoint();
        HttpResponse<String> refused = WebClient.api(port, "POST", "/api/v1/organisations/" + psi.id() + "/status",
                focal.token(), "{\"version\":" + psi.version() + ",\"to\":\"UNDER_INSPECTION\",\"reason\":\"\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        HttpResponse<String> changed = WebClient.api(port, "POST", "/api/v1/organisations/" + psi.id() + "/status",
                focal.token(), "{\"version\":" + psi.version()
                + ",\"to\":\"UNDER_INSPECTION\",\"reason\":\"Kiểm tra định kỳ\","
                        + "\"decisionNumber\":\"15/QĐ-UBND\",\"decisionDate\":\"2026-11-02\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"status\":\"UNDER_INSPECTION\"");
        String history = Staff.leader().browser(port).get("/app/registry/organisations/" + psi.id() + "?tab=history")
                .body();
        assertThat(history).contains("Kiểm tra định kỳ").contains("15/QĐ-UBND").contains(focal.username());
    }

    @Test
    void listsWithFiltersAndFlagsNgosWithoutAValidPaper() {
        // Other tests register organisations too: the lists are narrowed to this test's by a word in their names.
        String mine = "x" + Unique.number() + "x";
        Ngos.anNgo().named("Oxfam " + mine, "Tổ chức Oxfam " + mine).abbreviated("Oxfam").from("GB")
                .withPermitUntil(today().minusDays(41)).register();
        Ngos.anNgo().named("Save the Children " + mine, "Tổ chức Cứu trợ trẻ em " + mine).abbreviated("SC").from("GB")
                .asRepresentativeOffice().withPermitUntil(today().plusYears(2)).register();
        Ngos.anNgo().named("Korea Food for the Hungry International " + mine, "Tổ chức Cứu trợ nạn đói Hàn Quốc "
                + mine)
                .abbreviated("KFHI").from("KR").withPermitUntil(today().plusDays(700)).register();
        Ngos.anNgo().named("Vietnam Assistance for the Handicapped " + mine,
                "Hội Trợ giúp người khuyết tật Việt Nam " + mine)
                .abbreviated("VNAH").withPermitUntil(today().plusDays(25)).register();
        Staff officer = Staff.officer();
        String page = officer.browser(port).get("/app/registry/organisations?noPermit=true&q=" + mine).body();
        assertThat(page).contains("Tổ chức Oxfam").contains("Không có giấy đăng ký còn hiệu lực")
                .doesNotContain("Tổ chức Cứu trợ trẻ em");
        assertThat(WebClient.api(port, "GET", "/api/v1/organisations?country=KR&q=" + mine, officer.token(), null)
                .body())
                .contains("KFHI").doesNotContain("Oxfam");
        assertThat(WebClient.api(port, "GET", "/api/v1/organisations?expiring-within-days=30&q=" + mine,
                officer.token(),
                null).body()).contains("VNAH").doesNotContain("KFHI");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OrganisationView find(Ngos.Ngo ngo) {
        return SystemAuthentication.asAdministrator("system:test", () -> registry.get(ngo.id()));
    }

    private static Map<String, String> edit(OrganisationView view) {
        Map<String, String> form = form(view.nameOriginal(), view.countryCode());
        form.put("version", String.valueOf(view.version()));
        form.put("nameVi", view.nameVi());
        form.put("abbreviation", view.abbreviation());
        form.put("sectorCodes", String.join(",", view.sectorCodes()));
        form.put("communeCodes", String.join(",", view.communeCodes()));
        return form;
    }

    static Map<String, String> form(String name, String country) {
        return new HashMap<>(Map.of("kind", "FOREIGN_NGO", "nameOriginal", name, "countryCode", country,
                "iatiOrgType", "21", "sectorCodes", "12220", "priorityFields", "2.5"));
    }
}
