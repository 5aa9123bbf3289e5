package vn.vientro.monitoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.InspectionPlans;
import vn.vientro.monitoring.report.ReportFixtures;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * The compliance scorecards over real data: an aid owner (and the NGO funding its items) with one report on time, one
 * ten days late, an inspection whose findings count only once it is concluded, an overdue recommendation and a
 * suspended item; and who reads which card, on the pages and over the API.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScorecardIntegrationTests {

    private static final int LATE_DAYS = 10;

    final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    LocalDate today;
    long owner;
    long donor;
    long inspection;
    Staff inspector;

    @BeforeAll
    void anOwnerWithTwoReportsDueThisYearAnInspectionUnderWayAndASuspendedItem() {
        today = Today.inProvince();
        Assumptions.assumeTrue(today.getDayOfYear() > LATE_DAYS, "a report ten days late is due this year");
        long item = fixtures.projectIn(port, "Dự án chấm điểm tuân thủ", AidStatus.APPROVED);
        fixtures.projectIn(port, "Dự án chấm điểm bị tạm dừng", AidStatus.SUSPENDED);
        owner = team.owner().id();
        donor = team.donor().id();
        Events.settle();
        List<Long> duties = jdbc.sql("select id from monitoring.report_duty where aid_item_id = :item order by due_on, id")
                .param("item", item).query(Long.class).list();
        assertThat(duties).hasSizeGreaterThanOrEqualTo(2);
        // the due dates the rules gave depend on today: the test's two reports are due today and ten days ago, the
        // owner's others next year
        jdbc.sql("update monitoring.report_duty set due_on = :later where owner_agency_id = :owner")
                .param("later", LocalDate.of(today.getYear() + 1, 6, 1)).param("owner", owner).update();
        jdbc.sql("update monitoring.report_duty set due_on = :today where id = :id").param("today", today)
                .param("id", duties.get(0)).update();
        jdbc.sql("update monitoring.report_duty set due_on = :due where id = :id")
                .param("due", today.minusDays(LATE_DAYS)).param("id", duties.get(1)).update();
        ReportFixtures reports = new ReportFixtures(port);
        reports.submitted(duties.get(0), team.officer().token(), "Hoàn thành đúng hạn");
        reports.submitted(duties.get(1), team.officer().token(), "Nộp muộn mười ngày");

        inspector = team.appraiser();
        inspection = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra chấm điểm", List.of(inspector));
        assertThat(InspectionPlans.step(port, inspection, "start", inspector, null).statusCode()).isEqualTo(200);
        long overdue = finding("Chậm giải ngân hợp phần một");
        long open = finding("Thiếu biên bản nghiệm thu");
        finding("Sai sót nhỏ về hồ sơ đã được khắc phục ngay");
        recommend(overdue, today.minusDays(1));
        recommend(open, today.plusDays(30));
    }

    @Test
    @Order(1)
    void countsNoFindingOfAnInspectionNotYetConcluded() {
        JsonNode card = thisYear(ownerCard(team.focal()));
        assertThat(card.path("findings").asInt()).isZero();
        assertThat(card.path("openFindings").asInt()).isZero();
        assertThat(card.path("overdueRecommendations").asInt()).isZero();
        assertThat(card.path("reportsDue").asInt()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void scoresReportsOnTimeAndLateFindingsOpenRecommendationsOverdueAndSuspensionsOnceConcluded() {
        assertThat(InspectionPlans.step(port, inspection, "conclude", team.leader(), "Kết luận kiểm tra")
                .statusCode()).isEqualTo(200);
        JsonNode card = thisYear(ownerCard(team.focal()));
        assertThat(card.path("reportsDue").asInt()).isEqualTo(2);
        assertThat(card.path("reportsOnTime").asInt()).isEqualTo(1);
        assertThat(card.path("onTimePercent").asInt()).isEqualTo(50);
        assertThat(card.path("averageDaysLate").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(card.path("findings").asInt()).isEqualTo(3);
        assertThat(card.path("openFindings").asInt()).as("those with a recommendation still open").isEqualTo(2);
        assertThat(card.path("overdueRecommendations").asInt()).isEqualTo(1);
        assertThat(card.path("suspensions").asInt()).isEqualTo(1);
        // 100 - 40 x 1/2 - 15 x 10/90 - 2 x 5 - 5 - 15
        assertThat(card.path("score").asInt()).isEqualTo(48);
        assertThat(card.path("penalties")).hasSize(5);

        JsonNode ngo = thisYear(api("/api/v1/scorecards/ngo/" + donor, team.focal()));
        assertThat(ngo.path("findings").asInt()).as("the donor of the item inspected").isEqualTo(3);
        assertThat(ngo.path("openFindings").asInt()).isEqualTo(2);
        assertThat(ngo.path("overdueRecommendations").asInt()).isEqualTo(1);
        assertThat(ngo.path("suspensions").asInt()).isEqualTo(1);

        JsonNode ranking = api("/api/v1/scorecards?kind=owner&year=" + today.getYear(), team.leader());
        assertThat(ranking.path("ngos")).isEmpty();
        assertThat(ranking.path("owners").findValuesAsString("subjectName")).contains(team.owner().nameVi());
        assertThat(ranking.path("trend")).hasSize(Scorecards.TREND_YEARS);
    }

    @Test
    @Order(3)
    void letsTheProvincialRolesRankEveryCardAndAnOfficerSeeOnlyTheirAgencys() {
        WebClient focal = team.focal().browser(port);
        assertThat(focal.get("/app/monitoring/scorecards?tab=owner").body())
                .contains("Thẻ điểm tuân thủ", team.owner().nameVi(), "scorecard-owner-" + owner, "Cách tính điểm");
        assertThat(focal.get("/app/monitoring/scorecards?tab=ngo&sort=name").body())
                .contains("scorecard-ngo-" + donor);
        HttpResponse<String> english = focal.get("/app/monitoring/scorecards?tab=owner&lang=en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("Trend by year", "How the score is computed")
                .containsPattern("\\(\\d+ cards?\\)");
        String officers = team.officer().browser(port).get("/app/monitoring/scorecards?tab=owner").body();
        assertThat(officers).contains("scorecard-owner-" + owner);
        assertThat(officers.split("id=\"scorecard-owner-", -1)).as("one aid owner's row").hasSize(2);
        for (Staff refused : List.of(team.police(), team.admin())) {
            assertThat(refused.browser(port).get("/app/monitoring/scorecards").statusCode())
                    .as(refused.username()).isEqualTo(403);
            assertThat(WebClient.api(port, "GET", "/api/v1/scorecards", refused.token(), null).statusCode())
                    .as(refused.username()).isEqualTo(403);
        }
        JsonNode officersRanking = api("/api/v1/scorecards", team.officer());
        assertThat(officersRanking.path("owners")).hasSize(1);
        assertThat(WebClient.api(port, "GET", "/api/v1/scorecards?kind=other", team.focal().token(), null)
                .statusCode()).isEqualTo(400);
        assertThat(WebClient.api(port, "GET", "/api/v1/scorecards?year=1999", team.focal().token(), null)
                .statusCode()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void showsAnOwnersCardToItsOfficersAndAnNgosToWhoeverReadsTheOrganisation() {
        String card = "/app/monitoring/scorecards/owner/" + owner;
        assertThat(team.officer().browser(port).get(card).body()).contains(team.owner().nameVi(), "Điểm 48/100",
                "scorecard-history");
        assertThat(team.communeOfficer().browser(port).get(card).statusCode()).isEqualTo(403);
        assertThat(team.police().browser(port).get(card).statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "GET", "/api/v1/scorecards/owner/" + owner, team.communeOfficer().token(),
                null).statusCode()).isEqualTo(403);
        assertThat(team.police().browser(port).get("/app/monitoring/scorecards/ngo/" + donor).statusCode())
                .isEqualTo(200);
        assertThat(WebClient.api(port, "GET", "/api/v1/scorecards/owner/987654321", team.focal().token(), null)
                .statusCode()).isEqualTo(404);
        assertThat(WebClient.api(port, "GET", "/api/v1/scorecards/other/" + owner, team.focal().token(), null)
                .statusCode()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void showsTheCardOnTheOrganisationsPageAndTheAgencysPage() {
        String organisation = team.focal().browser(port).get("/app/registry/organisations/" + donor
                + "?tab=monitoring.scorecard.organisation.tab").body();
        assertThat(organisation).contains("Thẻ điểm tuân thủ", "/app/monitoring/scorecards/ngo/" + donor, "/100");
        String agency = team.admin().browser(port).get("/app/admin/agencies/" + owner).body();
        assertThat(agency).contains("Thẻ điểm tuân thủ (chủ khoản viện trợ)", "Điểm 48/100",
                "/app/monitoring/scorecards/owner/" + owner);
    }

    private long finding(String description) {
        HttpResponse<String> found = WebClient.api(port, "POST", "/api/v1/inspections/" + inspection + "/findings",
                inspector.token(), """
                        {"category": "PROGRESS", "severity": "SIGNIFICANT", "description": "%s"}"""
                        .formatted(description));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(201);
        for (JsonNode each : AidFixtures.read(found.body())) {
            if (each.path("description").asString().equals(description)) {
                return each.path("id").asLong();
            }
        }
        throw new IllegalStateException("no finding " + description);
    }

    private void recommend(long finding, LocalDate deadline) {
        HttpResponse<String> made = WebClient.api(port, "POST", "/api/v1/inspections/" + inspection + "/findings/"
                + finding + "/recommendations", inspector.token(), """
                {"text": "Khắc phục theo kết luận", "ownerAgencyId": %d, "deadline": "%s"}"""
                .formatted(owner, deadline));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    private JsonNode ownerCard(Staff who) {
        return api("/api/v1/scorecards/owner/" + owner, who);
    }

    private JsonNode thisYear(JsonNode history) {
        for (JsonNode card : history.path("years")) {
            if (card.path("year").asInt() == today.getYear()) {
                return card;
            }
        }
        throw new AssertionError("no card of " + today.getYear() + " in " + history);
    }

    private JsonNode api(String path, Staff who) {
        HttpResponse<String> response = WebClient.api(port, "GET", path, who.token(), null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return AidFixtures.read(response.body());
    }
}
