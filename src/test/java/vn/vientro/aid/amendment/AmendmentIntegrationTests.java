package vn.vientro.aid.amendment;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.AidTeam;
import vn.vientro.notification.Inboxes;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.aid.amendment.ImplementingItems.JSON;

@VientroIntegrationTest
class AmendmentIntegrationTests {

    static final AidTeam team = new AidTeam();
    final vn.vientro.aid.AidFixtures fixtures = new vn.vientro.aid.AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AidRules rules;

    @Autowired
    Clock clock;

    ImplementingItems items;
    LocalDate today;

    @BeforeEach
    void setUp() {
        items = new ImplementingItems(port, jdbc, fixtures);
        today = LocalDate.now(clock);
    }

    @Test
    void approvalKeepsTheApprovedDescriptionAsVersionOne() {
        long id = items.approved("Phiên bản được phê duyệt");
        JsonNode versions = JSON.readTree(api("GET", "/api/v1/aid-items/" + id + "/versions", "officer", null).body());
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("versionNo").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("cause").asString()).isEqualTo("APPROVAL");
        assertThat(versions.get(0).get("snapshot").get("plannedEnd").asString()).isEqualTo("2027-12-31");
        assertThat(versions.get(0).get("snapshot").get("sectors")).hasSize(2);
    }

    @Test
    void minorChangeIsAppliedAtOnceWithoutChangingTheState() {
        long id = items.implementing("Phân bổ lại lĩnh vực");
        ObjectNode proposed = items.latestSnapshot(id);
        proposed.set("sectors", JSON.readTree("""
                [{"sectorCode":"12220","percent":50},{"sectorCode":"13040","percent":50}]"""));
        ((ArrayNode) proposed.get("contacts")).add(JSON.readTree("{\"fullName\":\"Đỗ Minh Tâm\",\"phone\":\"0912\"}"));
        proposed.put("descriptionVi", "Bổ sung mô tả hoạt động truyền thông");
        long transitionsBefore = transitions(id);

        HttpResponse<String> response = items.propose(id, "officer", proposed, "Điều chỉnh cơ cấu trong tổng vốn");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("substantive").asBoolean()).isFalse();
        assertThat(body.get("status").asString()).isEqualTo("APPLIED");
        assertThat(body.get("changedFields")).extracting(JsonNode::asString)
                .containsExactly("DESCRIPTION", "SECTORS", "CONTACTS");
        assertThat(items.status(id)).isEqualTo("IMPLEMENTING");
        assertThat(transitions(id)).as("no move of the lifecycle").isEqualTo(transitionsBefore);
        assertThat(jdbc.sql("select percent from aid.aid_item_sector where aid_item = :id order by aid_item_key")
                .param("id", id).query(BigDecimal.class).list()).allMatch(p -> p.compareTo(new BigDecimal("50")) == 0);
        JsonNode versions = JSON.readTree(api("GET", "/api/v1/aid-items/" + id + "/versions", "officer", null).body());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("cause").asString()).isEqualTo("MINOR_CHANGE");
    }

    @Test
    void extendingTheEndDateIsSubstantiveAndWaitsForTheApprover() {
        long id = items.implementing("Gia hạn thời gian thực hiện");
        ObjectNode proposed = items.latestSnapshot(id);
        proposed.put("plannedEnd", "2028-06-30");

        HttpResponse<String> response = items.propose(id, "officer", proposed, "Chậm giải phóng mặt bằng");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("substantive").asBoolean()).isTrue();
        assertThat(body.get("extension").asBoolean()).isTrue();
        assertThat(body.get("status").asString()).isEqualTo("PENDING");
        assertThat(body.get("needApproval")).extracting(JsonNode::asString).containsExactly("END_DATE");
        assertThat(items.status(id)).isEqualTo("AMENDMENT_PENDING");
        assertThat(plannedEnd(id)).as("unchanged until approved").isEqualTo(LocalDate.of(2027, 12, 31));
        String link = "/app/aid/items/" + id + "/amendments/" + body.get("id").asLong();
        for (String told : List.of(team.leader().username(), team.appraiser().username())) {
            assertThat(Inboxes.of(told, "aid-amendment")).as(told).anyMatch(notice -> link.equals(notice.link()));
        }
    }

    @Test
    void valueChangeWithinTheConfiguredThresholdIsMinorBeyondItSubstantive() {
        BigDecimal threshold = rules.amendment().valueChangePercent();
        long id = items.implementing("Tăng giá trị viện trợ");
        ObjectNode proposed = items.latestSnapshot(id);
        proposed.put("totalAmount", percentOfApproved(threshold.divide(new BigDecimal("2"))));

        JsonNode small = JSON.readTree(items.propose(id, "officer", proposed, "Nhà tài trợ bổ sung ít").body());
        assertThat(small.get("substantive").asBoolean()).isFalse();
        assertThat(small.get("changedFields")).extracting(JsonNode::asString).containsExactly("TOTAL_VALUE");
        assertThat(items.status(id)).isEqualTo("IMPLEMENTING");

        proposed.put("totalAmount", percentOfApproved(threshold.add(new BigDecimal("5"))));
        JsonNode large = JSON.readTree(items.propose(id, "officer", proposed, "Nhà tài trợ bổ sung nhiều").body());
        assertThat(large.get("substantive").asBoolean()).isTrue();
        assertThat(large.get("needApproval")).extracting(JsonNode::asString).containsExactly("TOTAL_VALUE");
        assertThat(items.status(id)).isEqualTo("AMENDMENT_PENDING");
    }

    @Test
    void leaderApprovesAndTheDescriptionIsAppliedAsANewVersionWithItsDecision() {
        long id = items.implementing("Điều chỉnh được phê duyệt");
        ObjectNode proposed = items.latestSnapshot(id);
        proposed.put("plannedEnd", "2028-06-30");
        proposed.put("objectivesVi", "Nâng cao năng lực y tế cơ sở và y tế trường học");
        long amendment = JSON.readTree(items.propose(id, "officer", proposed, "Mở rộng mục tiêu").body())
                .get("id").asLong();
        String path = "/api/v1/aid-items/" + id + "/amendments/" + amendment;
        assertThat(api("POST", path + "/note", "appraiser", "{\"note\":\"Đề nghị chấp thuận\"}").statusCode())
                .isEqualTo(200);
        assertThat(api("POST", path + "/approve", "leader", "{\"decisionNumber\":\"\",\"signer\":\"x\"}")
                .statusCode()).as("decision number required").isEqualTo(400);

        HttpResponse<String> approved = api("POST", path + "/approve", "leader", """
                {"decisionNumber":"215/QĐ-UBND","decisionDate":"%s","signer":"Phó Chủ tịch UBND tỉnh"}
                """.formatted(today));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(approved.body());
        assertThat(body.get("status").asString()).isEqualTo("APPROVED");
        assertThat(body.get("appraisalNote").asString()).isEqualTo("Đề nghị chấp thuận");
        assertThat(body.get("appliedVersion").asInt()).isEqualTo(2);
        assertThat(items.status(id)).isEqualTo("IMPLEMENTING");
        assertThat(plannedEnd(id)).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(jdbc.sql("select objectives_vi from aid.aid_item where id = :id").param("id", id)
                .query(String.class).single()).contains("y tế trường học");
        JsonNode versions = JSON.readTree(api("GET", "/api/v1/aid-items/" + id + "/versions", "officer", null).body());
        assertThat(versions.get(1).get("cause").asString()).isEqualTo("AMENDMENT");
        assertThat(versions.get(1).get("snapshot").get("plannedEnd").asString()).isEqualTo("2028-06-30");
        assertThat(jdbc.sql("select number || ' ' || signed_on || ' ' || signer from aid.decision "
                + "where aid_item = :id and kind = 'AMENDMENT'").param("id", id).query(String.class).single())
                .isEqualTo("215/QĐ-UBND " + today + " Phó Chủ tịch UBND tỉnh");
        JsonNode compare = JSON.readTree(api("GET", "/api/v1/aid-items/" + id + "/versions/compare?from=1&to=2",
                "officer", null).body());
        assertThat(compare.get("rows")).filteredOn(row -> row.get("changed").asBoolean())
                .extracting(row -> row.get("group").asString()).containsExactly("OBJECTIVES", "END_DATE");
    }

    @Test
    void rejectionKeepsTheDescription() {
        long id = items.implementing("Điều chỉnh không được chấp thuận");
        ObjectNode proposed = items.latestSnapshot(id);
        proposed.set("locations", JSON.readTree("[{\"communeCode\":\"04828\",\"percent\":100}]"));
        long amendment = JSON.readTree(items.propose(id, "officer", proposed, "Đổi địa bàn").body())
                .get("id").asLong();
        String path = "/api/v1/aid-items/" + id + "/amendments/" + amendment;
        assertThat(api("POST", path + "/reject", "leader", "{}").statusCode()).as("reason required").isEqualTo(400);

        HttpResponse<String> rejected = api("POST", path + "/reject", "leader",
                "{\"reason\":\"Địa bàn mới không thuộc kế hoạch\"}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(JSON.readTree(rejected.body()).get("status").asString()).isEqualTo("REJECTED");
        assertThat(items.status(id)).isEqualTo("IMPLEMENTING");
        assertThat(jdbc.sql("select commune_code from aid.aid_item_location where aid_item = :id").param("id", id)
                .query(String.class).list()).containsExactly("08716");
        assertThat(JSON.readTree(api("GET", "/api/v1/aid-items/" + id + "/versions", "officer", null).body()))
                .hasSize(1);
        assertThat(api("POST", path + "/approve", "leader", """
                {"decisionNumber":"1/QĐ-UBND","decisionDate":"%s","signer":"x"}""".formatted(today)).statusCode())
                .as("no longer pending").isEqualTo(409);
    }

    @Test
    void onlyLeadersDecide() {
        long id = items.implementing("Chỉ lãnh đạo quyết định");
        ObjectNode proposed = items.latestSnapshot(id);
        proposed.put("plannedEnd", "2028-03-31");
        long amendment = JSON.readTree(items.propose(id, "officer", proposed, "Gia hạn").body()).get("id").asLong();
        String path = "/api/v1/aid-items/" + id + "/amendments/" + amendment;
        String decision = "{\"decisionNumber\":\"9/QĐ-UBND\",\"decisionDate\":\"" + today + "\",\"signer\":\"x\"}";
        for (String user : new String[] {"officer", "appraiser", "focal", "admin"}) {
            assertThat(api("POST", path + "/approve", user, decision).statusCode()).as(user).isEqualTo(403);
            assertThat(api("POST", path + "/reject", user, "{\"reason\":\"x\"}").statusCode()).as(user)
                    .isEqualTo(403);
        }
        assertThat(api("POST", path + "/note", "officer", "{\"note\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(items.status(id)).isEqualTo("AMENDMENT_PENDING");
        assertThat(api("POST", "/api/v1/aid-items/" + id + "/transitions/approve-amendment", "leader",
                "{\"version\":" + items.version(id) + "}").statusCode())
                .as("the generic transitions refuse amendment moves").isIn(404, 409);
    }

    @Test
    void aSecondRequestWhileOneIsPendingIsRefused() {
        long id = items.implementing("Một đề nghị mỗi lần");
        ObjectNode proposed = items.latestSnapshot(id);
        proposed.put("plannedEnd", "2028-03-31");
        assertThat(items.propose(id, "officer", proposed, "Gia hạn").statusCode()).isEqualTo(201);
        proposed.put("descriptionVi", "Chỉ sửa mô tả");

        HttpResponse<String> second = items.propose(id, "officer", proposed, "Sửa thêm");

        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).get("type").asString()).endsWith("/amendment-refused");
    }

    @Test
    void amendingOutsideImplementationIsRefused() {
        long approved = items.approved("Chưa bắt đầu thực hiện");
        ObjectNode proposed = items.latestSnapshot(approved);
        proposed.put("descriptionVi", "Sửa mô tả");
        assertThat(items.propose(approved, "officer", proposed, "Sửa").statusCode()).isEqualTo(409);

        long draft = items.draft("Còn là dự thảo");
        assertThat(WebClient.api(port, "POST", "/api/v1/aid-items/" + draft + "/amendments", team.officer().token(),
                "{\"version\":" + items.version(draft) + ",\"reason\":\"x\",\"nameVi\":\"y\"}").statusCode())
                .isEqualTo(409);
    }

    @Test
    void theRequestIsCheckedForWhoAsksWhatChangesAndWhy() {
        long id = items.implementing("Kiểm tra đề nghị");
        ObjectNode proposed = items.latestSnapshot(id);
        assertThat(items.propose(id, "officer", proposed, "Không đổi gì").statusCode()).as("no change").isEqualTo(400);
        proposed.put("descriptionVi", "Mô tả mới");
        assertThat(items.propose(id, "officer", proposed, " ").statusCode()).as("reason").isEqualTo(400);
        assertThat(items.propose(id, "commune", proposed, "Không phải chủ khoản").statusCode()).isEqualTo(403);
        assertThat(items.propose(id, "leader", proposed, "Lãnh đạo không đề nghị").statusCode()).isEqualTo(403);
        ObjectNode otherDonor = proposed.deepCopy();
        otherDonor.put("donorId", Ngos.anNgo().abbreviated("KFHI").register().id());
        HttpResponse<String> donor = items.propose(id, "officer", otherDonor, "Đổi nhà tài trợ");
        assertThat(donor.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(donor.body()).get("errors").get(0).get("field").asString()).isEqualTo("donorId");
        ObjectNode stale = proposed.deepCopy();
        stale.put("version", items.version(id) - 1);
        stale.put("reason", "Phiên bản cũ");
        assertThat(api("POST", "/api/v1/aid-items/" + id + "/amendments", "officer", stale.toString()).statusCode())
                .isEqualTo(409);
        assertThat(items.status(id)).isEqualTo("IMPLEMENTING");
    }

    private String percentOfApproved(BigDecimal percent) {
        return new BigDecimal("100000").multiply(BigDecimal.ONE.add(percent.movePointLeft(2))).toPlainString();
    }

    private LocalDate plannedEnd(long id) {
        return jdbc.sql("select planned_end from aid.aid_item where id = :id").param("id", id)
                .query(LocalDate.class).single();
    }

    private long transitions(long id) {
        return jdbc.sql("select count(*) from aid.transition where aid_item = :id").param("id", id)
                .query(Long.class).single();
    }

    private HttpResponse<String> api(String method, String path, String user, String json) {
        return WebClient.api(port, method, path, team.named(user).token(), json);
    }
}
