package vn.vientro.aid.lifecycle;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@VientroIntegrationTest
class LifecycleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    /** A completed item's clock is its settlement report's: the page names that duty, never "overdue" alone. */
    @Test
    void aCompletedItemsDeadlineIsNamedAsItsSettlementReport() {
        long id = fixtures.projectIn(port, "Dự án đã kết thúc chờ quyết toán", AidStatus.COMPLETED);
        jdbc.sql("update aid.aid_item set stage_due_on = :due where id = :id")
                .param("due", Today.inProvince().minusDays(3)).param("id", id).update();

        String page = team.leader().browser(port).get("/app/aid/items/" + id).body();
        assertThat(page).contains("Đã kết thúc").contains("Quá hạn báo cáo quyết toán từ");
        String english = team.leader().browser(port).get("/app/aid/items/" + id + "?lang=en").body();
        assertThat(english).contains("Overdue: settlement report since");
        assertThat(team.leader().browser(port).get("/app/aid/items?status=COMPLETED&overdue=true").body())
                .contains("báo cáo quyết toán");
    }

    @Test
    void takesAProjectFromDraftToClosedRecordingEveryMove() {
        long id = fixtures.projectIn(port, "Dự án vòng đời đầy đủ", AidStatus.CLOSED);
        assertThat(fixtures.status(port, id)).isEqualTo("CLOSED");
        String timeline = api("GET", "/api/v1/aid-items/" + id + "/timeline", team.leader().token()).body();
        assertThat(timeline).contains("SUBMIT", "OPEN_APPRAISAL", "CONCLUDE_APPRAISAL", "PROPOSE_DECISION",
                "APPROVE", "START", "COMPLETE", "HAND_OVER", "SETTLE", "CLOSE")
                .contains("\"actor\":\"" + team.officer().username() + "\"")
                .contains("\"actor\":\"" + team.leader().username() + "\"");
        String decisions = api("GET", "/api/v1/aid-items/" + id + "/decisions", team.leader().token()).body();
        assertThat(decisions).contains("\"kind\":\"APPROVAL\"").contains("/QĐ-UBND")
                .contains("\"legalBasis\":\"D313\"").contains("Chủ tịch Ủy ban nhân dân tỉnh");
    }

    /**
     * Every move not allowed from a state answers 409 and changes nothing, to whoever holds the right to make it; who
     * does not hold it is refused (403) before the state is looked at.
     */
    @Test
    void refusesEveryMoveThatTheStateDoesNotAllow() {
        for (AidStatus status : EnumSet.of(AidStatus.DOSSIER_DRAFT, AidStatus.SUBMITTED, AidStatus.UNDER_APPRAISAL,
                AidStatus.APPRAISED, AidStatus.PENDING_DECISION, AidStatus.APPROVED, AidStatus.IMPLEMENTING,
                AidStatus.COMPLETED, AidStatus.HANDED_OVER, AidStatus.SETTLED, AidStatus.CLOSED)) {
            long id = fixtures.projectIn(port, "Dự án bước cấm " + status, status);
            for (AidAction action : AidAction.values()) {
                if (action.allowedFrom(status, AidKind.TECHNICAL_ASSISTANCE) && !action.viaAmendment()) {
                    continue;
                }
                HttpResponse<String> response = fixtures.move(port, holderOf(action), id, action.slug(),
                        "\"reason\":\"thử\"");
                assertThat(response.statusCode()).as(action + " from " + status).isEqualTo(409);
                assertThat(response.body()).contains("transition-refused");
                HttpResponse<String> withoutRight = fixtures.move(port, team.police().token(), id, action.slug(),
                        "\"reason\":\"thử\"");
                assertThat(withoutRight.statusCode()).as(action + " by the police from " + status).isEqualTo(403);
            }
            assertThat(fixtures.status(port, id)).isEqualTo(status.name());
        }
    }

    /** A token of a role that holds the right to make the move (DOMAIN.md §4): the state alone can refuse it. */
    private static String holderOf(AidAction action) {
        return switch (action) {
            case SUBMIT, RESUBMIT, START, COMPLETE, HAND_OVER, REQUEST_AMENDMENT, CLOSE -> team.focal().token();
            case RETURN, OPEN_APPRAISAL, CONCLUDE_APPRAISAL, PROPOSE_DECISION, SETTLE -> team.appraiser().token();
            case APPROVE, REFUSE, APPROVE_AMENDMENT, REJECT_AMENDMENT, SUSPEND, RESUME, TERMINATE -> team.leader().token();
        };
    }

    @Test
    void refusesMovesAndSuspensionStatesNotAllowedAfterSuspension() {
        long id = fixtures.projectIn(port, "Dự án tạm đình chỉ", AidStatus.IMPLEMENTING);
        fixtures.moveOk(port, team.leader().token(), id, "suspend",
                "\"reason\":\"Vi phạm\",\"referenceNumber\":\"1/QĐ-UBND\"");
        for (AidAction action : AidAction.values()) {
            if (action == AidAction.RESUME || action == AidAction.TERMINATE) {
                continue;
            }
            assertThat(fixtures.move(port, holderOf(action), id, action.slug(), "\"reason\":\"x\"").statusCode())
                    .as(action + " from SUSPENDED").isEqualTo(409);
        }
        fixtures.moveOk(port, team.leader().token(), id, "resume", "\"reason\":\"Đã khắc phục\"");
        assertThat(fixtures.status(port, id)).isEqualTo("IMPLEMENTING");
        fixtures.moveOk(port, team.leader().token(), id, "suspend",
                "\"reason\":\"Tái phạm\",\"referenceNumber\":\"2/QĐ-UBND\"");
        fixtures.moveOk(port, team.leader().token(), id, "terminate", "\"reason\":\"Chấm dứt\"");
        assertThat(fixtures.status(port, id)).isEqualTo("TERMINATED");
        for (AidAction action : AidAction.values()) {
            assertThat(fixtures.move(port, holderOf(action), id, action.slug(), "\"reason\":\"x\"").statusCode())
                    .as(action + " from TERMINATED").isEqualTo(409);
        }
    }

    @Test
    void suspendsFromEveryActiveStateOnly() {
        for (AidStatus status : EnumSet.of(AidStatus.APPROVED, AidStatus.IMPLEMENTING)) {
            long id = fixtures.projectIn(port, "Dự án đình chỉ từ " + status, status);
            fixtures.moveOk(port, team.leader().token(), id, "suspend",
                    "\"reason\":\"Kiểm tra\",\"referenceNumber\":\"5/QĐ-UBND\"");
            assertThat(fixtures.status(port, id)).isEqualTo("SUSPENDED");
        }
    }

    /** Each allowed move is refused (403) to a role that may not make it, and the state stays. */
    @Test
    void refusesAllowedMovesToTheWrongRole() {
        Map<AidStatus, String[]> wrong = Map.of(
                AidStatus.DOSSIER_DRAFT, new String[] {"submit", "appraiser", "police", "commune"},
                AidStatus.SUBMITTED, new String[] {"open-appraisal", "officer", "leader", "focal"},
                AidStatus.PENDING_DECISION, new String[] {"approve", "appraiser", "focal", "officer"},
                AidStatus.APPROVED, new String[] {"start", "leader", "appraiser", "police"},
                AidStatus.HANDED_OVER, new String[] {"settle", "officer", "leader", "focal"});
        wrong.forEach((status, case_) -> {
            long id = fixtures.projectIn(port, "Dự án sai vai trò " + status, status);
            for (int i = 1; i < case_.length; i++) {
                HttpResponse<String> response = fixtures.move(port, team.named(case_[i]).token(), id, case_[0],
                        AidFixtures.APPROVAL.formatted(id, Today.inProvince()));
                assertThat(response.statusCode()).as(case_[0] + " by " + case_[i]).isIn(403);
            }
            assertThat(fixtures.status(port, id)).isEqualTo(status.name());
        });
    }

    @Test
    void returnStopsTheClockAndResubmissionRestartsIt() {
        long id = fixtures.projectIn(port, "Dự án trả lại", AidStatus.SUBMITTED);
        assertThat(fixtures.item(port, id).get("item").has("stageDueOn")).isTrue();
        assertThat(fixtures.move(port, team.appraiser().token(), id, "return", "").statusCode())
                .as("a return needs its reason").isEqualTo(400);
        fixtures.moveOk(port, team.appraiser().token(), id, "return", "\"reason\":\"Thiếu bản dịch văn kiện\"");
        var item = fixtures.item(port, id).get("item");
        assertThat(item.get("status").asString()).isEqualTo("RETURNED");
        assertThat(item.has("stageDueOn")).as("no clock runs while returned").isFalse();
        fixtures.moveOk(port, team.officer().token(), id, "resubmit", "");
        item = fixtures.item(port, id).get("item");
        assertThat(item.get("clockStartedOn").asString()).isEqualTo(Today.inProvince().toString());
        assertThat(item.get("stageDueOn").asString()).isNotBlank();
    }

    @Test
    void emergencyReliefIsDecidedWithoutConsultationAndToldToPoliceAndFocalPoint() {
        team.police(); // told of the approval, so made before it
        long id = fixtures.draft(port, team.officer().token(),
                fixtures.projectJson("EMERGENCY_RELIEF", "Cứu trợ khẩn cấp lũ quét", "50000", "USD"));
        fixtures.moveOk(port, team.officer().token(), id, "submit", "");
        assertThat(fixtures.move(port, team.appraiser().token(), id, "open-appraisal", "").statusCode())
                .as("no consultation step for emergency relief").isEqualTo(409);
        fixtures.moveOk(port, team.leader().token(), id, "approve", AidFixtures.APPROVAL.formatted(id,
                Today.inProvince()));
        var item = fixtures.item(port, id).get("item");
        assertThat(item.get("status").asString()).isEqualTo("APPROVED");
        assertThat(item.get("legalBasis").asString()).isEqualTo("D50");
        assertThat(LocalDate.parse(item.get("stageDueOn").asString())).as("used within 3 months of the disaster")
                .isAfterOrEqualTo(LocalDate.parse(item.get("disasterOn").asString()).plusMonths(3));
        Events.settle(); // the police are told after the commit
        assertThat(team.police().browser(port).get("/app/notifications").body())
                .contains("viện trợ khẩn cấp");
    }

    @Test
    void refusesApprovalWithoutDecisionDetails() {
        long id = fixtures.projectIn(port, "Dự án thiếu quyết định", AidStatus.PENDING_DECISION);
        HttpResponse<String> response = fixtures.move(port, team.leader().token(), id, "approve", "\"signer\":\"A\"");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"referenceNumber\"");
        response = fixtures.move(port, team.leader().token(), id, "approve",
                "\"referenceNumber\":\"9/QĐ-UBND\",\"signer\":\"A\",\"referenceDate\":\"" + Today.inProvince().plusDays(3) + "\"");
        assertThat(response.statusCode()).as("a decision is not signed in the future").isEqualTo(400);
        assertThat(fixtures.status(port, id)).isEqualTo("PENDING_DECISION");
    }

    @Test
    void refusesAStaleVersion() {
        long id = fixtures.draftProject(port, "Dự án phiên bản cũ");
        HttpResponse<String> response = api("POST", "/api/v1/aid-items/" + id + "/transitions/submit", team.officer().token(),
                "{\"version\":" + (fixtures.version(port, id) + 5) + "}");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(fixtures.status(port, id)).isEqualTo("DOSSIER_DRAFT");
    }

    @Test
    void offersOnlyTheMovesTheUserMayMake() {
        long id = fixtures.projectIn(port, "Dự án bước được phép", AidStatus.SUBMITTED);
        assertThat(api("GET", "/api/v1/aid-items/" + id + "/transitions", team.appraiser().token()).body())
                .contains("open-appraisal", "return").doesNotContain("approve");
        assertThat(api("GET", "/api/v1/aid-items/" + id + "/transitions", team.officer().token()).body())
                .isEqualTo("[]");
        assertThat(Set.of(api("GET", "/api/v1/aid-items/" + id + "/transitions", team.communeOfficer().token())
                .statusCode()))
                .as("another agency's officer cannot even see the item").containsExactly(403);
    }

    @Test
    void theMovePageShowsARefusalAtItsFieldKeepingWhatWasTyped() {
        long id = fixtures.projectIn(port, "Dự án trả lại qua trang", AidStatus.SUBMITTED);
        vn.vientro.testing.WebClient appraiser = team.appraiser().browser(port);
        String page = "/app/aid/items/" + id + "/transitions/return";
        appraiser.get(page);

        HttpResponse<String> refused = appraiser.post(page, Map.of("version",
                String.valueOf(fixtures.version(port, id)), "referenceNumber", "12/STC-HTQT", "reason", " "));

        assertThat(refused.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(refused.body());
        assertThat(html.getElementById("reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.getElementById(html.getElementById("reason").attr("aria-describedby")).text())
                .isEqualTo("Nhập lý do.");
        assertThat(html.getElementById("referenceNumber").val()).isEqualTo("12/STC-HTQT");
        assertThat(fixtures.status(port, id)).isEqualTo("SUBMITTED");
    }

    @Test
    void theMovePageNamesTheItemInItsBreadcrumb() {
        long id = fixtures.draftProject(port, "Dự án trang bước");
        String code = fixtures.item(port, id).get("item").get("code").asString();
        String page = team.officer().browser(port)
                .get("/app/aid/items/" + id + "/transitions/submit").body();
        assertThat(page).contains(">" + code + "</a>").doesNotContain("{0}");
    }

    private HttpResponse<String> api(String method, String path, String token) {
        return vn.vientro.testing.WebClient.api(port, method, path, token, null);
    }

    private HttpResponse<String> api(String method, String path, String token, String json) {
        return vn.vientro.testing.WebClient.api(port, method, path, token, json);
    }
}
