package vn.vientro.aid.item;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class AidItemPagesIntegrationTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    private Map<String, String> form(String name, String sectors, String locations) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "TECHNICAL_ASSISTANCE");
        form.put("deliveryForm", "CASH");
        form.put("nameVi", name);
        form.put("objectivesVi", "Hỗ trợ người khuyết tật");
        form.put("donorId", Long.toString(team.donor().id()));
        form.put("ownerAgencyId", Long.toString(team.owner().id()));
        form.put("governingAgencyId", Long.toString(team.governing().id()));
        form.put("plannedStart", "2026-06-01");
        form.put("plannedEnd", "2027-05-31");
        form.put("totalAmount", "1.250.000");
        form.put("totalCurrency", "USD");
        form.put("counterpartAmount", "500.000.000");
        form.put("counterpartCurrency", "VND");
        form.put("sectors", sectors);
        form.put("locations", locations);
        form.put("parties", "LOCAL_PARTNER; Hội Chữ thập đỏ tỉnh");
        form.put("contacts", "Nguyễn Thị Liên; Điều phối viên; 0912345678; lien@example.vn");
        form.put("beneficiariesTotal", "1200");
        form.put("beneficiariesWomen", "600");
        form.put("publicGroups", "SUMMARY");
        return asPosted(form);
    }

    /** The description's fields go in as {@code fields[name]}, the lists and the version by their own names. */
    static Map<String, String> asPosted(Map<String, String> form) {
        Map<String, String> posted = new LinkedHashMap<>();
        form.forEach((name, value) -> posted.put(ItemFields.named(name).isPresent() ? "fields[" + name + "]" : name,
                value));
        return posted;
    }

    @Test
    void officerDraftsAnItemWithAnOldCommuneCodeMappedToTheNewWard() {
        WebClient officer = team.officer().browser(port);
        assertThat(officer.get("/app/aid/items/new").body()).as("the officer's agency is the owner from the start")
                .containsPattern("<option value=\"" + team.owner().id() + "\" selected=\"selected\"");
        HttpResponse<String> saved = officer.post("/app/aid/items/new",
                form("Phục hồi chức năng dựa vào cộng đồng", "12220 60\n16010 40", "08710 100"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String path = URI.create(WebClient.location(saved)).getPath();
        String page = officer.get(path).body();
        assertThat(page).contains("Phục hồi chức năng dựa vào cộng đồng").contains("VT-2026-")
                .contains("Đang soạn hồ sơ").contains("1.250.000,00 USD").contains("Nộp hồ sơ");
        assertThat(page).as("counts read with the Vietnamese thousands separator").contains(">1.200<");
        String places = officer.get(path + "?tab=places").body();
        assertThat(places).contains("Vĩnh Phúc").contains("Đã nhập theo đơn vị cũ").contains("Liên Bảo");
        String parties = officer.get(path + "?tab=parties").body();
        assertThat(parties).contains("Hội Chữ thập đỏ tỉnh").contains("Nguyễn Thị Liên");
        assertThat(officer.get(path + "/edit").body()).as("dates are shown as people type them, dd/mm/yyyy")
                .contains("value=\"01/06/2026\"").contains("value=\"31/05/2027\"");
    }

    @Test
    void theListFindsItemsByTheCommunesNameWithoutDiacritics() {
        WebClient officer = team.officer().browser(port);
        officer.get("/app/aid/items/new");
        HttpResponse<String> saved = officer.post("/app/aid/items/new",
                form("Nước sạch cho phường Vĩnh Phúc", "14030 100", "08716 100"));
        String code = Jsoup.parse(officer.get(URI.create(WebClient.location(saved)).getPath()).body())
                .select("main").text().replaceAll("(?s).*?(VT-\\d{4}-\\d+).*", "$1");

        String byName = officer.get("/app/aid/items?commune=vinh+phuc&q=" + code).body();
        assertThat(byName).contains("Nước sạch cho phường Vĩnh Phúc")
                .as("the applied filter names the commune").contains("vinh phuc");
        String byCode = officer.get("/app/aid/items?commune=08716&q=" + code).body();
        assertThat(byCode).contains("Nước sạch cho phường Vĩnh Phúc").contains("Phường Vĩnh Phúc, Phú Thọ");
        assertThat(officer.get("/app/aid/items?commune=khong+co+xa+nay&q=" + code).body())
                .doesNotContain("Nước sạch cho phường Vĩnh Phúc");
    }

    @Test
    void showsBrokenSharesAtTheirFieldKeepingWhatWasTyped() {
        WebClient officer = team.officer().browser(port);
        officer.get("/app/aid/items/new");
        HttpResponse<String> response = officer.post("/app/aid/items/new",
                form("Dự án tỉ lệ sai", "12220 60\n16010 30", "08710 100"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"sectors-error\"").contains("Tổng tỉ lệ là 90")
                .contains("tỉ lệ sai").contains("16010 30");
        response = officer.post("/app/aid/items/new", form("Dự án xã chia tách", "12220 100", "00007 100"));
        assertThat(response.body()).contains("id=\"locations-error\"").contains("đã chia cho nhiều xã mới");
        response = officer.post("/app/aid/items/new", form("Dự án xã lạ", "12220 100", "99999 100"));
        assertThat(response.body()).contains("id=\"locations-error\"").contains("99999");
    }

    /** Five wrong fields are shown at once, each at its field, with the limit it breaks named. */
    @Test
    void showsEveryWrongFieldAtOnceNamingItsLimit() {
        WebClient officer = team.officer().browser(port);
        officer.get("/app/aid/items/new");
        Map<String, String> wrong = form("Dự án năm lỗi", "12220 60\n16010 30", "08710 100");
        wrong.put("fields[nameEn]", "x".repeat(600));
        wrong.put("fields[plannedEnd]", "01/01/2026");
        wrong.put("fields[beneficiariesWomen]", "5000");
        wrong.put("fields[iatiIdentifier]", "không phải mã");
        HttpResponse<String> response = officer.post("/app/aid/items/new", wrong);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"nameEn-error\"").contains("Tối đa 500 ký tự")
                .contains("id=\"plannedEnd-error\"").contains("Ngày kết thúc phải sau ngày bắt đầu (01/06/2026)")
                .contains("id=\"beneficiariesWomen-error\"").contains("tổng số đối tượng thụ hưởng (1.200)")
                .contains("id=\"iatiIdentifier-error\"").contains("id=\"sectors-error\"")
                .contains("Tổng tỉ lệ là 90");
        assertThat(jdbc.sql("select count(*) from aid.aid_item where name_vi = 'Dự án năm lỗi'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theApiListsEveryWrongFieldInOneProblem() {
        String json = fixtures.projectJson("TECHNICAL_ASSISTANCE", "Dự án API ba lỗi", "-5", "USD")
                .replace("\"plannedEnd\":\"2028-02-28\"", "\"plannedEnd\":\"2025-01-01\"")
                .replace("\"deliveryForm\":\"CASH\",", "\"deliveryForm\":\"CASH\",\"iatiIdentifier\":\"sai mã\",");
        HttpResponse<String> refused = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(), json);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(AidFixtures.read(refused.body()).path("errors").valueStream()
                .map(error -> error.path("field").asString()))
                .contains("totalAmount", "plannedEnd", "iatiIdentifier");
    }

    @Test
    void anotherAgencysOfficerNeitherSeesNorOpensTheItem() {
        long id = fixtures.draftProject(port, "Dự án riêng của Sở Y tế");
        WebClient commune = team.communeOfficer().browser(port);
        assertThat(commune.get("/app/aid/items/" + id).statusCode()).isEqualTo(403);
        assertThat(commune.get("/app/aid/items?q=ri%C3%AAng").body()).doesNotContain("Dự án riêng của Sở Y tế");
        assertThat(team.officer().browser(port).get("/app/aid/items?q=ri%C3%AAng").body())
                .contains("Dự án riêng của Sở Y tế");
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + id, team.communeOfficer().token(), null)
                .statusCode())
                .isEqualTo(403);
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=rieng+cua+so+y+te", team.communeOfficer().token(), null).body())
                .doesNotContain("Dự án riêng của Sở Y tế");
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=rieng+cua+so+y+te", team.officer().token(), null)
                .body())
                .contains("Dự án riêng của Sở Y tế");
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=rieng+cua+so+y+te", team.appraiser().token(), null)
                .body())
                .contains("Dự án riêng của Sở Y tế");
    }

    @Test
    void filtersTheListAndWaitsForTheRightPeople() {
        long school = fixtures.projectIn(port, "Ngôi trường hy vọng Samsung", AidStatus.UNDER_APPRAISAL);
        HttpResponse<String> asked = WebClient.api(port, "POST", "/api/v1/aid-items/" + school + "/opinions",
                team.appraiser().token(), "{\"askedOn\":\"2026-02-10\",\"requests\":[{\"agencyId\":" + team.commune()
                .id()
                        + ",\"topic\":\"COMMUNE\"}]}");
        assertThat(asked.statusCode()).as("an opinion asked long ago, still awaited").isEqualTo(201);
        long id = fixtures.draftProject(port, "Dự án chờ thẩm định lọc");
        fixtures.moveOk(port, team.officer().token(), id, "submit", "");
        String code = fixtures.item(port, id).get("item").get("code").asString();
        WebClient appraiser = team.appraiser().browser(port);
        assertThat(appraiser.get("/app/aid/items?mine=true").body()).contains(code);
        assertThat(team.leader().browser(port).get("/app/aid/items?mine=true").body()).doesNotContain(code);
        assertThat(appraiser.get("/app/aid/items?status=SUBMITTED&kind=TECHNICAL_ASSISTANCE").body()).contains(code);
        assertThat(appraiser.get("/app/aid/items?status=APPROVED").body()).doesNotContain(code);
        assertThat(appraiser.get("/app/aid/items?q=" + code).body()).contains(code);
        assertThat(appraiser.get("/app/aid/items?q=truong+hy+vong").body()).as("without diacritics")
                .contains("Ngôi trường hy vọng Samsung").doesNotContain(code);
        assertThat(appraiser.get("/app/aid/items?overdue=true").body())
                .as("the school waits for an overdue opinion; the fresh dossier is in time")
                .contains("Ngôi trường hy vọng Samsung").doesNotContain(code);
        assertThat(appraiser.get("/app").body()).contains("Khoản viện trợ đang chờ bạn xử lý");
        String api = WebClient.api(port, "GET", "/api/v1/aid-items?status=SUBMITTED&mine=true", team.appraiser().token(), null)
                .body();
        assertThat(api).contains(code).contains("\"total\":");
    }

    @Test
    void exportsTheListToExcelWithTheSameRights() throws Exception {
        long id = fixtures.draftProject(port, "Dự án xuất Excel");
        String code = fixtures.item(port, id).get("item").get("code").asString();
        assertThat(sheetText("officer")).contains(code).contains("Dự án xuất Excel");
        assertThat(sheetText("commune")).doesNotContain(code);
        assertThat(sheetText("leader")).contains(code);
    }

    @Test
    void theOrganisationPageListsItsAidItems() {
        long id = fixtures.draftProject(port, "Dự án của VNAH trên trang tổ chức");
        String code = fixtures.item(port, id).get("item").get("code").asString();
        String page = team.focal().browser(port).get("/app/registry/organisations/"
                + team.donor().id() + "?tab=aid.organisation.tab").body();
        assertThat(page).contains(code).contains("Bên tài trợ");
    }

    @Test
    void refusesAnEditBasedOnAStaleVersionKeepingTheInput() {
        long id = fixtures.draftProject(port, "Dự án sửa đồng thời");
        WebClient officer = team.officer().browser(port);
        officer.get("/app/aid/items/" + id + "/edit");
        Map<String, String> first = form("Dự án sửa đồng thời (bản A)", "12220 100", "08710 100");
        first.put("version", "0");
        assertThat(officer.post("/app/aid/items/" + id + "/edit", first).statusCode()).isEqualTo(302);
        officer.get("/app/aid/items/" + id + "/edit");
        Map<String, String> second = form("Dự án sửa đồng thời (bản B)", "12220 100", "08710 100");
        second.put("version", "0");
        HttpResponse<String> conflict = officer.post("/app/aid/items/" + id + "/edit", second);
        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body()).contains("Người khác đã lưu").contains("bản B").contains("bản A").contains("Phiên bản vừa được người khác lưu");
    }

    @Test
    void showsTheLegalRulesWithTheirSources() {
        String page = team.officer().browser(port).get("/app/aid/rules").body();
        assertThat(page).contains("10 ngày làm việc").contains("Nghị định 50/2020/NĐ-CP")
                .contains("Thủ tướng Chính phủ").contains("Chủ tịch Ủy ban nhân dân tỉnh").contains("08/12/2025");
    }

    private String sheetText(String user) throws Exception {
        WebClient client = team.named(user).browser(port);
        String cookie = "SESSION=" + client.cookie("SESSION").orElseThrow();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/app/aid/items/export")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
        }
        return text.toString();
    }
}
