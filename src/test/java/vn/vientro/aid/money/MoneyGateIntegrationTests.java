package vn.vientro.aid.money;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.money.MoneyFixtures.json;
import static vn.vientro.aid.money.MoneyFixtures.today;

/** Aid may be received or spent only under an approval decision: a hard gate on the API and on the page. */
@VientroIntegrationTest
class MoneyGateIntegrationTests {

    private static final String GATE_PHRASE = "chỉ được tiếp nhận, giải ngân sau khi có quyết định phê duyệt";
    /** Every status an item can be moved into through the API without an approval decision in force. */
    private static final Set<AidStatus> WITHOUT_MONEY = EnumSet.of(AidStatus.DOSSIER_DRAFT, AidStatus.SUBMITTED,
            AidStatus.RETURNED, AidStatus.UNDER_APPRAISAL, AidStatus.APPRAISED, AidStatus.PENDING_DECISION,
            AidStatus.REFUSED, AidStatus.SUSPENDED, AidStatus.TERMINATED, AidStatus.SETTLED, AidStatus.CLOSED);

    static final AidTeam team = new AidTeam();
    final vn.vientro.aid.AidFixtures aidFixtures = new vn.vientro.aid.AidFixtures(team);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    MoneyFixtures items;

    @BeforeEach
    void setUp() {
        items = new MoneyFixtures(port, aidFixtures);
    }

    @Test
    void refusesReceiptsAndSpendingsInEveryStatusWithoutAnApprovalDecision() {
        WebClient officer = team.officer().browser(port);
        for (AidStatus status : WITHOUT_MONEY) {
            assertThat(status.receivesMoney()).isFalse();
            long id = items.itemIn(status);
            for (String kind : new String[] {"DISBURSEMENT", "EXPENDITURE"}) {
                HttpResponse<String> refused = items.post(id, team.officer().token(), kind, today(), "1000", "USD", "");
                assertThat(refused.statusCode()).as(status + " " + kind).isEqualTo(409);
                JsonNode problem = json(refused);
                assertThat(problem.path("type").asString()).isEqualTo("/problems/money-before-approval");
                assertThat(problem.path("detail").asString()).contains(GATE_PHRASE)
                        .contains(statusLabel(status));
                assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("kind");
            }

            String page = officer.get("/app/aid/items/" + id + "?tab=money").body();
            assertThat(page).as(status.name()).contains("id=\"money-gate\"").contains(GATE_PHRASE)
                    .contains("«" + statusLabel(status) + "»")
                    .doesNotContain("<option value=\"DISBURSEMENT\"").doesNotContain("<option value=\"EXPENDITURE\"");
            HttpResponse<String> posted = officer.post("/app/aid/items/" + id + "/money", Map.of("kind", "DISBURSEMENT",
                    "funding", "AID", "valueDate", today().toString(), "amount", "1000", "currency", "USD"));
            assertThat(posted.statusCode()).as(status.name()).isEqualTo(200);
            assertThat(posted.body()).contains("id=\"kind-error\"").contains(GATE_PHRASE);
            assertThat(count(id)).as(status.name()).isZero();
        }
    }

    @Test
    void acceptsTheDonorsCommitmentBeforeApprovalButNoPromiseOnceRefusedOrSettled() {
        long draft = items.draft();
        assertThat(items.post(draft, team.officer().token(), "COMMITMENT", today(), "100000", "USD", "").statusCode())
                .isEqualTo(201);
        assertThat(items.post(draft, team.officer().token(), "PLANNED_DISBURSEMENT", today().plusMonths(3), "40000", "USD",
                "").statusCode()).as("a plan may lie ahead").isEqualTo(201);
        String page = team.officer().browser(port).get("/app/aid/items/" + draft + "?tab=money").body();
        assertThat(page).contains("<option value=\"COMMITMENT\"").contains("Lúc này chỉ ghi được cam kết");

        for (AidStatus closed : EnumSet.of(AidStatus.REFUSED, AidStatus.SETTLED)) {
            long id = items.itemIn(closed);
            assertThat(items.post(id, team.officer().token(), "COMMITMENT", today(), "100", "USD", "").statusCode())
                    .isEqualTo(409);
            assertThat(team.officer().browser(port).get("/app/aid/items/" + id + "?tab=money").body())
                    .contains("Không ghi thêm giao dịch").doesNotContain("name=\"amount\"");
        }
    }

    @Test
    void receivesMoneyOnceApprovedWhileRunningAndUntilSettlement() {
        for (AidStatus status : EnumSet.of(AidStatus.APPROVED, AidStatus.IMPLEMENTING, AidStatus.COMPLETED,
                AidStatus.HANDED_OVER)) {
            long id = items.itemIn(status);
            assertThat(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "USD", "").statusCode())
                    .as(status.name()).isEqualTo(201);
            assertThat(items.post(id, team.appraiser().token(), "EXPENDITURE", today(), "500", "USD", "").statusCode())
                    .as("the finance department records too").isEqualTo(201);
            assertThat(team.officer().browser(port).get("/app/aid/items/" + id + "?tab=money").body())
                    .doesNotContain("id=\"money-gate\"").contains("<option value=\"DISBURSEMENT\"");
        }
    }

    @Test
    void refusesAReceiptDatedBeforeTheDecisionAndAFutureOne() {
        long id = items.itemIn(AidStatus.APPROVED);
        HttpResponse<String> early = items.post(id, team.officer().token(), "DISBURSEMENT", today().minusDays(1),
                "1000", "USD", "");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(json(early).path("errors").get(0).path("field").asString()).isEqualTo("valueDate");
        HttpResponse<String> future = items.post(id, team.officer().token(), "DISBURSEMENT", today().plusDays(1),
                "1000", "USD", "");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(json(future).path("errors").get(0).path("field").asString()).isEqualTo("valueDate");
        assertThat(count(id)).isZero();
    }

    @Test
    void aSuspendedItemKeepsItsReceiptsUnchangedUntilItResumes() {
        long id = items.itemIn(AidStatus.IMPLEMENTING);
        JsonNode recorded = json(items.post(id, team.officer().token(), "DISBURSEMENT", today(), "1000", "USD", ""));
        long transaction = recorded.path("id").asLong();
        items.moveTo(id, AidStatus.SUSPENDED);

        HttpResponse<String> corrected = WebClient.api(port, "PUT", "/api/v1/aid-items/" + id + "/transactions/"
                + transaction, team.officer().token(), """
                {"version": 0, "kind": "DISBURSEMENT", "valueDate": "%s", "amount": 900, "currency": "USD"}
                """.formatted(today()));
        assertThat(corrected.statusCode()).isEqualTo(409);
        assertThat(WebClient.api(port, "DELETE", "/api/v1/aid-items/" + id + "/transactions/" + transaction
                + "?version=0", team.officer().token(), null).statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select amount from aid.money_transaction where id = :id").param("id", transaction)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1000");
    }

    private String statusLabel(AidStatus status) {
        return switch (status) {
            case DOSSIER_DRAFT -> "Đang soạn hồ sơ";
            case SUBMITTED -> "Đã nộp hồ sơ";
            case RETURNED -> "Trả lại để bổ sung";
            case UNDER_APPRAISAL -> "Đang thẩm định";
            case APPRAISED -> "Đã thẩm định";
            case PENDING_DECISION -> "Chờ quyết định";
            case REFUSED -> "Không phê duyệt";
            case SUSPENDED -> "Tạm đình chỉ";
            case TERMINATED -> "Chấm dứt";
            case SETTLED -> "Đã quyết toán";
            case CLOSED -> "Đã đóng hồ sơ";
            default -> throw new IllegalArgumentException(status.name());
        };
    }

    private long count(long id) {
        return jdbc.sql("select count(*) from aid.money_transaction where aid_item = :id").param("id", id)
                .query(Long.class).single();
    }
}
