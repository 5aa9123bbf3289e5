package vn.vientro.reporting.pivot;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.money.MoneyFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.money.MoneyFixtures.today;

/**
 * The pivot builder through its page and export: figures against hand-computed ones (each test has its own donor and
 * filters by it), what each role sees, saving and sharing.
 */
@VientroIntegrationTest
class PivotIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aPivotBySectorAndYearSplitsTheMoneyOnceAndTotalsItAndExportsTheSame() throws Exception {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long first = items.itemIn(AidStatus.APPROVED);
        long second = items.itemIn(AidStatus.APPROVED);
        created(items.post(first, team.officer().token(), "COMMITMENT", today(), "1000001", "VND", ""));
        created(items.post(second, team.officer().token(), "COMMITMENT", today(), "2000000", "VND", ""));
        String query = "?row1=SECTOR&column=YEAR&measure.COMMITTED=true&measure.ITEMS=true&period=" + today().getYear()
                + "&organisation=" + team.donor().id();

        Document page = Jsoup.parse(team.focal().browser(port).get("/app/reporting/pivot" + query).body());

        assertThat(page.select("#pivot-rows tr")).hasSize(3);
        // 33.33 %, 33.33 % and 33.34 % of 3,000,001 đồng, the đồng left by the floors to the largest remainder
        // by the first measure, items (2 each), then by name
        assertThat(page.select("#pivot-rows tr").eachText()).containsExactly(
                "12220 " + sectorName(page, "12220") + " 2 999.900 2 999.900",
                "12230 " + sectorName(page, "12230") + " 2 999.900 2 999.900",
                "12240 " + sectorName(page, "12240") + " 2 1.000.201 2 1.000.201");
        assertThat(page.select("#pivot-totals").text()).endsWith("2 3.000.001 2 3.000.001");

        HttpResponse<byte[]> export = bytes(team.focal().browser(port),
                "/app/reporting/pivot/export.xlsx" + query);
        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).startsWith("12240");
            assertThat(sheet.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(1000201d);
            assertThat(sheet.getRow(8).getCell(4).getNumericCellValue()).isEqualTo(3000001d);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
        }
    }

    @Test
    void anOfficerSeesOnlyTheAidOfTheirOwnAgency() {
        AidTeam team = new AidTeam();
        MoneyFixtures items = new MoneyFixtures(port, new AidFixtures(team));
        long id = items.itemIn(AidStatus.APPROVED);
        created(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "5000000", "VND", ""));
        String query = "/app/reporting/pivot?row1=KIND&column=&measure.DISBURSED=true&period=" + today().getYear()
                + "&organisation=" + team.donor().id();

        assertThat(Jsoup.parse(team.officer().browser(port).get(query).body()).select("#pivot-totals").text())
                .endsWith("5.000.000");
        Staff stranger = Staff.officer();
        Document strangers = Jsoup.parse(stranger.browser(port).get(query).body());
        assertThat(strangers.select("#pivot-empty")).hasSize(1);
        assertThat(strangers.select("#pivot-table")).isEmpty();
        assertThat(bytes(stranger.browser(port), query.replace("/pivot?", "/pivot/export.xlsx?")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSavedPivotOpensForItsOwnerAndTheRoleItIsSharedWithOnly() {
        Staff owner = Staff.focalPoint();
        WebClient browser = owner.browser(port);
        browser.get("/app/reporting/pivot");
        HttpResponse<String> blank = browser.post("/app/reporting/pivot/saved", Map.of("name", " ",
                "query", "row1=FIELD"));
        assertThat(Jsoup.parse(blank.body()).select("#name-error").text()).as(blank.statusCode() + blank.body())
                .isNotBlank();

        HttpResponse<String> saved = browser.post("/app/reporting/pivot/saved", Map.of("name",
                "Viện trợ theo lĩnh vực và năm", "sharedRole", "LEADER",
                "query", "row1=FIELD&column=YEAR&measures=COMMITTED,DISBURSED&currency=USD&period=2026"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = WebClient.location(saved);
        assertThat(location).matches(".*/app/reporting/pivot/saved/\\d+");
        String path = URI.create(location).getPath();

        Document opened = Jsoup.parse(browser.get(path).body());
        assertThat(opened.select("h1").text()).isEqualTo("Viện trợ theo lĩnh vực và năm");
        assertThat(opened.select("#f-currency option[selected]").attr("value")).isEqualTo("USD");
        assertThat(opened.select("#f-measure\\.DISBURSED").hasAttr("checked")).isTrue();
        assertThat(Staff.leader().browser(port).get(path).statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(Staff.leader().browser(port).get("/app/reporting/pivot").body())
                .select("#saved-pivots a").eachText()).contains("Viện trợ theo lĩnh vực và năm");
        assertThat(Staff.appraiser().browser(port).get(path).statusCode()).isEqualTo(403);
        String version = opened.select("#pivot-delete").parents().select("input[name=version]").val();
        WebClient leader = Staff.leader().browser(port);
        leader.get(path);
        assertThat(leader.post(path + "/delete", Map.of("version", version)).statusCode())
                .as("only its owner deletes it").isEqualTo(403);

        browser.get(path);
        HttpResponse<String> stale = browser.post(path, Map.of("name", "Đổi tên", "query", "row1=FIELD",
                "pivotId", path.substring(path.lastIndexOf('/') + 1), "version", "99"));
        assertThat(Jsoup.parse(stale.body()).select("#conflict")).hasSize(1);
        browser.get(path);
        assertThat(browser.post(path + "/delete", Map.of("version", version)).statusCode()).isEqualTo(302);
        assertThat(browser.get(path).statusCode()).isEqualTo(404);
    }

    private static String sectorName(Document page, String code) {
        return page.select("#pivot-rows th").eachText().stream().filter(text -> text.startsWith(code + " "))
                .findFirst().orElseThrow().substring(code.length() + 1);
    }

    private HttpResponse<byte[]> bytes(WebClient browser, String path) {
        try {
            // the client reads text; the workbook needs the bytes, fetched with the same session
            String session = browser.cookie("SESSION").orElseThrow();
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).header("Cookie", "SESSION=" + session).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
