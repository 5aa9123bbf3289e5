package vn.vientro.aid.item;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aid account and the state-budget recording, the two fields the law asks of an item (DOMAIN.md §1, §4.6), declared
 * once in {@link ItemDescription} and seen everywhere the item is: the form, the API, the detail page, the amendment
 * comparison, the history, the Excel export and the OpenAPI document.
 */
@VientroIntegrationTest
class AidAccountAndBudgetIntegrationTests {

    private static final String ACCOUNT = """
            "aidAccountBank":"Ngân hàng TMCP Ngoại thương Việt Nam","aidAccountBranch":"Chi nhánh Phú Thọ",
            "aidAccountNumber":"0201000777111","aidAccountHolder":"Sở Y tế tỉnh Phú Thọ",
            "budgetRecorded":true,"budgetLevel":"PROVINCIAL",""";

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    private long draftWithAccount(String name) {
        String json = fixtures.projectJson("TECHNICAL_ASSISTANCE", name, "250000", "USD");
        return fixtures.draft(port, team.officer().token(), json.replaceFirst("\\{", "{" + ACCOUNT));
    }

    @Test
    void theApiTakesAndGivesTheAccountAndTheBudget() {
        long id = draftWithAccount("Dự án có tài khoản viện trợ");
        JsonNode item = fixtures.item(port, id).get("item");
        assertThat(item.get("aidAccountNumber").asString()).isEqualTo("0201000777111");
        assertThat(item.get("aidAccountHolder").asString()).isEqualTo("Sở Y tế tỉnh Phú Thọ");
        assertThat(item.get("budgetRecorded").asBoolean()).isTrue();
        assertThat(item.get("budgetLevel").asString()).isEqualTo("PROVINCIAL");
    }

    @Test
    void aBudgetLevelGoesWithRecordingInTheBudgetAndOnlyWithIt() {
        String json = fixtures.projectJson("TECHNICAL_ASSISTANCE", "Dự án thiếu cấp ngân sách", "1000", "USD");
        HttpResponse<String> noLevel = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(),
                json.replaceFirst("\\{", "{\"budgetRecorded\":true,"));
        assertThat(noLevel.statusCode()).isEqualTo(400);
        assertThat(noLevel.body()).contains("budgetLevel").contains("cần cấp ngân sách");
        HttpResponse<String> levelOutside = WebClient.api(port, "POST", "/api/v1/aid-items", team.officer().token(),
                json.replaceFirst("\\{", "{\"budgetRecorded\":false,\"budgetLevel\":\"COMMUNE\","));
        assertThat(levelOutside.statusCode()).isEqualTo(400);
        assertThat(levelOutside.body()).contains("budgetLevel").contains("Chỉ chọn cấp ngân sách");
    }

    @Test
    void theFormAsksAndTheDetailPageShowsThem() {
        WebClient officer = team.officer().browser(port);
        assertThat(officer.get("/app/aid/items/new").body()).contains("name=\"fields[aidAccountNumber]\"")
                .contains("name=\"fields[budgetRecorded]\"").contains("name=\"fields[budgetLevel]\"")
                .contains("Ngân sách xã").contains("Tài khoản và ngân sách");
        long id = draftWithAccount("Dự án xem tài khoản trên trang");
        String page = officer.get("/app/aid/items/" + id).body();
        assertThat(page).contains("0201000777111").contains("Chi nhánh Phú Thọ").contains("Ngân sách tỉnh")
                .contains("Ghi thu, ghi chi ngân sách nhà nước");
    }

    @Test
    void aFormWithTheLevelButNotTheRecordingIsRefusedAtTheLevelKeepingTheInput() {
        WebClient officer = team.officer().browser(port);
        long id = draftWithAccount("Dự án sửa cấp ngân sách");
        officer.get("/app/aid/items/" + id + "/edit");
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("nameVi", "Dự án sửa cấp ngân sách",
                "kind", "TECHNICAL_ASSISTANCE", "donorId", Long.toString(team.donor().id()),
                "ownerAgencyId", Long.toString(team.owner().id()), "governingAgencyId",
                Long.toString(team.governing().id()), "totalAmount", "250.000", "totalCurrency", "USD",
                "budgetRecorded", "false", "budgetLevel", "COMMUNE", "aidAccountNumber", "0201000999888"));
        form.put("sectors", "12220 100");
        form.put("locations", fixtures.communes(1).get(0) + " 100");
        form.put("version", Long.toString(fixtures.version(port, id)));
        HttpResponse<String> refused = officer.post("/app/aid/items/" + id + "/edit",
                AidItemPagesIntegrationTests.asPosted(form));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Chỉ chọn cấp ngân sách").contains("0201000999888");
        assertThat(fixtures.item(port, id).get("item").get("aidAccountNumber").asString()).isEqualTo("0201000777111");
    }

    @Test
    void anAmendmentOfTheAccountIsComparedAndTheHistoryTellsIt() {
        long id = draftWithAccount("Dự án đổi tài khoản viện trợ");
        fixtures.moveTo(port, id, AidStatus.IMPLEMENTING);
        JsonNode versions = AidFixtures.read(WebClient.api(port, "GET", "/api/v1/aid-items/" + id + "/versions",
                team.officer().token(), null).body());
        ObjectNode proposed = (ObjectNode) versions.get(versions.size() - 1).get("snapshot").deepCopy();
        assertThat(proposed.get("aidAccountNumber").asString()).isEqualTo("0201000777111");
        proposed.put("aidAccountNumber", "0201000555222");
        proposed.put("version", fixtures.version(port, id));
        proposed.put("reason", "Chủ khoản viện trợ đổi ngân hàng phục vụ");
        HttpResponse<String> amended = WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/amendments",
                team.officer().token(), proposed.toString());
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);
        JsonNode compare = AidFixtures.read(WebClient.api(port, "GET", "/api/v1/aid-items/" + id
                + "/versions/compare?from=1&to=2", team.officer().token(), null).body());
        assertThat(compare.get("rows")).filteredOn(row -> row.get("changed").asBoolean())
                .extracting(row -> row.get("group").asString()).containsExactly("AID_ACCOUNT");
        assertThat(fixtures.item(port, id).get("item").get("aidAccountNumber").asString()).isEqualTo("0201000555222");
        String comparison = team.officer().browser(port).get("/app/aid/items/" + id + "/versions/compare?from=1&to=2")
                .body();
        assertThat(comparison).contains("Tài khoản tiếp nhận viện trợ").contains("0201000555222");
        String history = team.leader().browser(port).get("/app/aid/items/" + id + "?tab=history").body();
        assertThat(history).contains("Số tài khoản tiếp nhận viện trợ: 0201000777111 → 0201000555222");
    }

    @Test
    void theExportHasAColumnForEachExportedField() throws Exception {
        long id = draftWithAccount("Dự án xuất tài khoản viện trợ");
        String code = fixtures.item(port, id).get("item").get("code").asString();
        List<List<String>> sheet = sheet();
        List<String> heading = sheet.get(0);
        assertThat(heading).contains("Số tài khoản tiếp nhận viện trợ", "Ghi thu, ghi chi ngân sách nhà nước", "Cấp ngân sách");
        List<String> line = sheet.stream().filter(row -> row.get(0).equals(code)).findFirst().orElseThrow();
        assertThat(line.get(heading.indexOf("Số tài khoản tiếp nhận viện trợ"))).isEqualTo("0201000777111");
        assertThat(line.get(heading.indexOf("Ghi thu, ghi chi ngân sách nhà nước"))).isEqualTo("Có");
        assertThat(line.get(heading.indexOf("Cấp ngân sách"))).isEqualTo("Ngân sách tỉnh");
    }

    @Test
    void theOpenApiDocumentDescribesThem() {
        JsonNode document = AidFixtures.read(team.focal().browser(port).get("/v3/api-docs").body());
        JsonNode properties = document.get("components").get("schemas").get("AidItemDescription").get("properties");
        assertThat(properties.has("aidAccountBank")).isTrue();
        assertThat(properties.has("aidAccountNumber")).isTrue();
        assertThat(properties.get("budgetRecorded").get("type").asString()).isEqualTo("boolean");
        assertThat(properties.get("budgetLevel").get("enum")).extracting(JsonNode::asString)
                .containsExactly("CENTRAL", "PROVINCIAL", "COMMUNE");
    }

    private List<List<String>> sheet() throws Exception {
        WebClient client = team.officer().browser(port);
        String cookie = "SESSION=" + client.cookie("SESSION").orElseThrow();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/app/aid/items/export")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).toString());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
