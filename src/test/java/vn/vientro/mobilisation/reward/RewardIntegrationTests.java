package vn.vientro.mobilisation.reward;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.identity.Staff;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Rewards: recorded on their form with every error at its field, listed by year, shown on the organisation's page. */
@VientroIntegrationTest
class RewardIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theFocalPointRecordsARewardToAnOrganisationShownOnItsRegistryPage() {
        Ngos.Ngo ngo = Ngos.anNgo().named("Friendship Fund " + vn.vientro.testing.Unique.number(),
                "Quỹ Hữu nghị").register();
        WebClient focal = Staff.focalPoint().browser(port);
        focal.get("/app/mobilisation/rewards/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipientPosition", "Trưởng đại diện");
        Document empty = Jsoup.parse(focal.post("/app/mobilisation/rewards/new", form).body());
        assertThat(empty.select(".is-invalid").eachAttr("id")).contains("kind", "reason", "decisionNumber",
                "decisionDate");
        assertThat(empty.select("#recipientPosition").val()).isEqualTo("Trưởng đại diện");

        form.putAll(Map.of("kind", "PC_CHAIRMAN_MERIT", "issuingLevel", "PROVINCE", "reason",
                "Có thành tích trong hỗ trợ phòng chống sốt rét giai đoạn 2021-2025.", "decisionNumber",
                "1234/QĐ-UBND", "decisionDate", "15/10/2099"));
        Document rules = Jsoup.parse(focal.post("/app/mobilisation/rewards/new", form).body());
        assertThat(rules.select(".is-invalid").eachAttr("id")).containsExactlyInAnyOrder("recipientName",
                "decisionDate");
        assertThat(rules.select("#recipientName-error").text())
                .isEqualTo("Chọn tổ chức hoặc nhập họ tên cá nhân được khen thưởng.");

        form.put("decisionDate", "15/10/2025");
        form.put("recipientOrganisationId", Long.toString(ngo.id()));
        HttpResponse<String> saved = focal.post("/app/mobilisation/rewards/new", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(saved)).endsWith("/app/mobilisation/rewards?year=2025");

        Document list = Jsoup.parse(focal.get("/app/mobilisation/rewards?year=2025").body());
        assertThat(list.select("#reward-rows tr").eachText()).anyMatch(row -> row.contains("1234/QĐ-UBND")
                && row.contains("Bằng khen của Chủ tịch UBND tỉnh") && row.contains("15/10/2025"));
        assertThat(Jsoup.parse(focal.get("/app/mobilisation/rewards?year=2024").body()).select("#reward-rows tr")
                .eachText()).noneMatch(row -> row.contains("1234/QĐ-UBND"));

        String page = "/app/registry/organisations/" + ngo.id() + "?tab=mobilisation.reward.organisation.tab";
        Document organisation = Jsoup.parse(Staff.leader().browser(port).get(page).body());
        assertThat(organisation.select("#records-heading").text()).isEqualTo("Khen thưởng");
        assertThat(organisation.text()).contains("1234/QĐ-UBND").contains("Bằng khen của Chủ tịch UBND tỉnh")
                .contains("Quyết định ngày 15/10/2025").contains("phòng chống sốt rét");
        assertThat(Staff.leader().browser(port).get("/app/mobilisation/rewards/new").statusCode()).isEqualTo(403);
    }

    @Test
    void rewardsOverTheApiWithTheSameRulesAndRoles() {
        Staff focal = Staff.focalPoint();
        String person = """
                {"kind":"FRIENDSHIP_MEDAL","issuingLevel":"CENTRAL","recipientName":"Jane Doe",
                 "recipientPosition":"Country director","reason":"Mười năm hỗ trợ người khuyết tật.",
                 "decisionNumber":"88/QĐ-LHHN","decisionDate":"2026-03-02"}""";
        HttpResponse<String> created = WebClient.api(port, "POST", "/api/v1/rewards", focal.token(), person);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode reward = AidFixtures.read(created.body());
        assertThat(reward.path("recipientName").asString()).isEqualTo("Jane Doe");
        assertThat(reward.path("recipientOrganisationId").isNumber()).isFalse();
        String path = "/api/v1/rewards/" + reward.path("id").asLong();

        HttpResponse<String> stale = WebClient.api(port, "PUT", path, focal.token(),
                person.replace("{", "{\"version\":3,"));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> both = WebClient.api(port, "PUT", path, focal.token(),
                person.replace("{", "{\"version\":0,\"recipientOrganisationId\":987654,"));
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("\"recipientName\"");
        assertThat(WebClient.api(port, "POST", "/api/v1/rewards", Staff.leader().token(), person).statusCode())
                .isEqualTo(403);
        HttpResponse<String> list = WebClient.api(port, "GET", "/api/v1/rewards?year=2026&kind=FRIENDSHIP_MEDAL",
                Staff.officer().token(), null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("88/QĐ-LHHN");
        Document page = Jsoup.parse(focal.browser(port).get("/app/mobilisation/rewards?year=2026").body());
        assertThat(page.select("#reward-rows tr:contains(88/QĐ-LHHN) td").get(3).text())
                .isEqualTo("Jane Doe, Country director");
        assertThat(page.select("#reward-rows tr:contains(88/QĐ-LHHN) td a[href*=/registry/]")).isEmpty();
    }

    @Test
    void aPersonPickedFromTheContactNetworkIsNamedAsTheNetworkKnowsThemAndLinked() {
        long contact = vn.vientro.registry.People.aContact(vn.vientro.registry.contact.ContactKind.EXPERT,
                "Trần Quốc Hưng " + vn.vientro.testing.Unique.number()).titled("Chuyên gia y tế cộng đồng").add();
        WebClient focal = Staff.focalPoint().browser(port);
        Document form = Jsoup.parse(focal.get("/app/mobilisation/rewards/new").body());
        assertThat(form.select("#recipientContactId option[value=" + contact + "]").text())
                .startsWith("Trần Quốc Hưng").contains("Chuyên gia y tế cộng đồng");
        HttpResponse<String> saved = focal.post("/app/mobilisation/rewards/new", Map.of("kind", "PC_CHAIRMAN_MERIT",
                "issuingLevel", "PROVINCE", "recipientContactId", Long.toString(contact), "reason",
                "Tư vấn chuyên môn cho dự án nâng cấp trạm y tế xã.", "decisionNumber", "77/QĐ-UBND",
                "decisionDate", "02/03/2026"));
        assertThat(saved.statusCode()).isEqualTo(302);
        Document list = Jsoup.parse(focal.get("/app/mobilisation/rewards?year=2026").body());
        assertThat(list.select("#reward-rows tr:contains(77/QĐ-UBND) a[href=/app/registry/contacts/" + contact + "]")
                .text()).startsWith("Trần Quốc Hưng").endsWith(", Chuyên gia y tế cộng đồng");
        Document officers = Jsoup.parse(Staff.officer().browser(port).get("/app/mobilisation/rewards?year=2026")
                .body());
        assertThat(officers.select("#reward-rows tr:contains(77/QĐ-UBND) a")).as("contacts are the focal point's")
                .isEmpty();
        HttpResponse<String> unknown = WebClient.api(port, "POST", "/api/v1/rewards", Staff.focalPoint().token(), """
                {"kind":"PC_CHAIRMAN_MERIT","issuingLevel":"PROVINCE","recipientContactId":98765432,
                 "reason":"x","decisionNumber":"78/QĐ-UBND","decisionDate":"2026-03-02"}""");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("recipientContactId");
    }
}
