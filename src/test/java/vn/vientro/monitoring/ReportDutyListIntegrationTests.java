package vn.vientro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * The one list of duties, on its page and over the API: who sees which (the focal point, the appraisal lead and
 * leaders all; an officer their agency's items'; others nothing), the filters, days late, and the NGOs' duties read
 * from the registry beside the items' reports.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDutyListIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    long item;

    @BeforeAll
    void anApprovedItem() {
        item = fixtures.projectIn(port, "Dự án danh sách nghĩa vụ", AidStatus.APPROVED);
        Events.settle();
    }

    @Test
    void provincialRolesAndTheOwnersOfficerSeeTheItemsDutiesOthersAreRefused() {
        for (String who : List.of("focal", "appraiser", "leader", "officer")) {
            JsonNode page = list(who, "item=" + item);
            assertThat(page.get("total").asInt()).as(who).isEqualTo(9);
        }
        assertThat(list("commune", "item=" + item).get("total").asInt()).as("not the commune's item").isZero();
        assertThat(call(team.police().token(), "item=" + item).statusCode()).isEqualTo(403);
        assertThat(call(team.admin().token(), "item=" + item).statusCode()).isEqualTo(403);
        assertThat(call(null, "item=" + item).statusCode()).isEqualTo(401);
    }

    @Test
    void overdueReportsShowTheirDaysLateAndTheFiltersCombine() {
        LocalDate today = LocalDate.now(clock);
        JsonNode overdue = list("officer", "item=" + item + "&status=OVERDUE").get("rows");

        // planned from 1 March 2026: the first half-year's progress and settlement reports were due on 10 July 2026
        assertThat(kinds(overdue)).containsExactlyInAnyOrder("PROGRESS_HALF_YEAR", "SETTLEMENT_HALF_YEAR");
        assertThat(overdue.get(0).get("daysLate").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2026, 7, 10), today));
        JsonNode completion = list("focal", "item=" + item + "&kind=COMPLETION&dueAfter=2028-01-01").get("rows");
        assertThat(completion).hasSize(1);
        assertThat(completion.get(0).get("dueOn").asString()).isEqualTo("2028-08-28");
        assertThat(completion.get(0).get("responsible").asString()).isEqualTo("OWNER");
        assertThat(completion.get(0).get("legalSource").asString()).contains("Nghị định 80/2020/NĐ-CP");
        assertThat(list("focal", "item=" + item + "&dueBefore=2027-01-31").get("rows"))
                .allSatisfy(row -> assertThat(row.get("dueOn").asString()).isLessThanOrEqualTo("2027-01-31"));
    }

    @Test
    void theNgosOwnDutiesComeFromTheRegistryIntoTheSameList() {
        JsonNode rows = list("focal", "organisation=" + team.donor().id()).get("rows");

        assertThat(kinds(rows)).contains("NGO_ANNUAL_REPORT", "PROGRESS_ANNUAL");
        assertThat(list("officer", "organisation=" + team.donor().id() + "&kind=NGO_ANNUAL_REPORT").get("total")
                .asInt()).as("the registry's duties are the provincial roles'").isZero();
    }

    @Test
    void theResultsFrameworksPeriodsAreDutiesOfTheSameList() {
        long id = fixtures.draftProject(port, "Dự án có khung kết quả");
        long result = created("/api/v1/aid-items/" + id + "/results", """
                {"level":"OUTPUT","titleVi":"Trẻ em được tiêm chủng đầy đủ"}
                """);
        long indicator = created("/api/v1/aid-items/" + id + "/results/" + result + "/indicators", """
                {"titleVi":"Số trẻ được tiêm chủng","measure":"UNIT","unit":"trẻ"}
                """);
        LocalDate end = LocalDate.now(clock).minusDays(40);
        created("/api/v1/aid-items/" + id + "/indicators/" + indicator + "/periods",
                "{\"start\":\"%s\",\"end\":\"%s\",\"targetValue\":500}".formatted(end.minusDays(180), end));
        fixtures.moveTo(port, id, AidStatus.APPROVED);
        Events.settle();

        JsonNode rows = list("officer", "item=" + id + "&kind=RESULTS_PERIOD").get("rows");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("detail").asString()).isEqualTo("Số trẻ được tiêm chủng");
        assertThat(rows.get(0).get("periodEnd").asString()).isEqualTo(end.toString());
        assertThat(rows.get(0).get("status").asString()).isEqualTo("OVERDUE");
        assertThat(list("focal", "item=" + id).get("total").asInt()).as("beside the item's generated reports")
                .isGreaterThan(1);
    }

    @Test
    void aReversedDueRangeIsAProblemAtItsField() {
        HttpResponse<String> response = call(team.focal().token(), "dueAfter=2027-02-01&dueBefore=2027-01-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(AidFixtures.read(response.body()).get("type").asString()).endsWith("/problems/due-range-reversed");
    }

    @Test
    void aPageFarPastTheEndIsEmpty() {
        JsonNode page = list("focal", "item=" + item + "&page=2147483647&size=200");

        assertThat(page.get("rows")).isEmpty();
        assertThat(page.get("total").asInt()).isEqualTo(9);
    }

    @Test
    void thePageListsTheDutiesForTheOwnersOfficerAndRefusesThePolice() {
        String code = fixtures.item(port, item).path("item").path("code").asString();
        HttpResponse<String> page = team.officer().browser(port).get("/app/monitoring/duties?item=" + item);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code, "Báo cáo quyết toán thu chi 6 tháng", "Quá hạn",
                "Có 9 nghĩa vụ báo cáo");
        assertThat(team.police().browser(port).get("/app/monitoring/duties").statusCode()).isEqualTo(403);
        assertThat(team.police().browser(port).get("/app/monitoring/rules").body())
                .contains("Nghị định 80/2020/NĐ-CP, Điều 26");
        assertThat(team.focal().browser(port).get("/app/monitoring/duties?dueAfter=2027-02-01&dueBefore=2027-01-01")
                .body()).contains("không sau ngày", "aria-invalid=\"true\"");
    }

    private JsonNode list(String who, String query) {
        HttpResponse<String> response = call(team.named(who).token(), query);
        assertThat(response.statusCode()).as(who + ": " + response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }

    private long created(String path, String json) {
        HttpResponse<String> response = WebClient.api(port, "POST", path, team.officer().token(), json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return AidFixtures.read(response.body()).path("id").asLong();
    }

    private HttpResponse<String> call(String token, String query) {
        return WebClient.api(port, "GET", "/api/v1/report-duties?" + query, token, null);
    }

    private static List<String> kinds(JsonNode rows) {
        List<String> kinds = new ArrayList<>();
        rows.forEach(row -> kinds.add(row.get("kind").asString()));
        return kinds;
    }
}
