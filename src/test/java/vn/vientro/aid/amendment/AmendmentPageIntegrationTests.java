package vn.vientro.aid.amendment;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

@VientroIntegrationTest
class AmendmentPageIntegrationTests {

    static final AidTeam team = new AidTeam();
    final vn.vientro.aid.AidFixtures fixtures = new vn.vientro.aid.AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void ownerProposesAnExtensionOnThePrefilledFormAndTheLeaderApprovesIt() {
        long id = items.implementing("Gia hạn qua trang");
        WebClient officer = team.officer().browser(port);
        String tab = officer.get("/app/aid/items/" + id + "?tab=amendments").body();
        assertThat(tab).contains("/app/aid/items/" + id + "/amendments/new").contains("<td>1</td>")
                .contains("Quyết định phê duyệt");

        Map<String, String> form = prefilled(officer, id);
        assertThat(form).containsEntry("fields[plannedEnd]", "31/12/2027").containsEntry("sectors", "12220 60\n13040 40");
        form.put("fields[plannedEnd]", "2028-06-30");
        form.put("reason", "");
        HttpResponse<String> missingReason = officer.post("/app/aid/items/" + id + "/amendments/new", form);
        assertThat(missingReason.statusCode()).isEqualTo(200);
        assertThat(missingReason.body()).contains("id=\"reason-error\"").contains("Nhập lý do điều chỉnh.")
                .contains("2028-06-30");
        form.put("reason", "Chậm tiến độ do mưa lũ");
        HttpResponse<String> sent = officer.post("/app/aid/items/" + id + "/amendments/new", form);
        assertThat(sent.statusCode()).isEqualTo(302);
        String path = location(sent).replace("http://localhost:" + port, "");
        assertThat(path).matches("/app/aid/items/" + id + "/amendments/\\d+");
        assertThat(items.status(id)).isEqualTo("AMENDMENT_PENDING");

        String page = officer.get(path).body();
        assertThat(page).contains("Chờ phê duyệt").contains("Gia hạn").contains("Hiện hành").contains("Đề nghị")
                .contains("data-field=\"END_DATE\" data-changed=\"true\"")
                .contains("data-field=\"OBJECTIVES\" data-changed=\"false\"")
                .contains("30/06/2028").contains("31/12/2027")
                .doesNotContain(path + "/approve").doesNotContain("??");

        WebClient appraiser = team.appraiser().browser(port);
        appraiser.get(path);
        assertThat(appraiser.post(path + "/note", Map.of("version", String.valueOf(amendmentVersion(path)),
                "note", "Lý do gia hạn hợp lý")).statusCode()).isEqualTo(302);

        WebClient leader = team.leader().browser(port);
        String decide = leader.get(path).body();
        assertThat(decide).doesNotContain("??").contains(path + "/approve").contains(path + "/reject").contains("Lý do gia hạn hợp lý");
        HttpResponse<String> noSigner = leader.post(path + "/approve", Map.of("version",
                String.valueOf(amendmentVersion(path)), "decisionNumber", "301/QĐ-UBND",
                "decisionDate", today.toString(), "signer", ""));
        assertThat(noSigner.statusCode()).isEqualTo(200);
        assertThat(noSigner.body()).contains("id=\"signer-error\"").contains("value=\"301/QĐ-UBND\"");
        HttpResponse<String> approved = leader.post(path + "/approve", Map.of("version",
                String.valueOf(amendmentVersion(path)), "decisionNumber", "301/QĐ-UBND",
                "decisionDate", today.toString(), "signer", "Chủ tịch UBND tỉnh"));
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(leader.get(path).body()).contains("Đã phê duyệt và áp dụng").contains("301/QĐ-UBND")
                .contains("Phiên bản 2");
        assertThat(items.status(id)).isEqualTo("IMPLEMENTING");
    }

    @Test
    void minorChangeOnThePageIsAppliedAndTheVersionsCompareSideBySide() {
        long id = items.implementing("Phân bổ lại qua trang");
        WebClient officer = team.officer().browser(port);
        Map<String, String> form = prefilled(officer, id);
        form.put("sectors", "12220 30\r\n13040 70");
        form.put("reason", "Phân bổ lại trong tổng vốn");
        HttpResponse<String> sent = officer.post("/app/aid/items/" + id + "/amendments/new", form);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(officer.get(location(sent).replace("http://localhost:" + port, "")).body())
                .contains("Thay đổi nhỏ đã được áp dụng").contains("Điều chỉnh nhỏ").contains("Đã áp dụng");
        assertThat(items.status(id)).isEqualTo("IMPLEMENTING");

        HttpResponse<String> compare = officer.get("/app/aid/items/" + id + "/versions/compare?from=1&to=2");
        assertThat(compare.statusCode()).isEqualTo(200);
        assertThat(compare.body())
                .contains("data-field=\"SECTORS\" data-changed=\"true\"")
                .contains("data-field=\"END_DATE\" data-changed=\"false\"")
                .contains("data-field=\"TOTAL_VALUE\" data-changed=\"false\"")
                .contains("Có 1 mục thay đổi").contains("Đã thay đổi").contains("vt-changed")
                .contains("12220 · ").contains("30 %").contains("60 %").contains("Phiên bản 2")
                .contains("Điều chỉnh nhỏ").contains("<th scope=\"row\"").doesNotContain("??");
        String english = officer.get("/app/aid/items/" + id + "/versions/compare?from=1&to=2&lang=en").body();
        assertThat(english).contains("Minor change").contains("One part changed").contains(">Changed<")
                .doesNotContain("??");
        assertThat(officer.get("/app/aid/items/" + id + "?tab=amendments").body())
                .contains("/versions/compare?from=1&amp;to=2").contains("Phân bổ lại trong tổng vốn");
    }

    @Test
    void theFormIsRefusedWhileARequestWaitsAndToOthersThanTheOwner() {
        long id = items.implementing("Đang chờ phê duyệt");
        ObjectNode proposed = items.latestSnapshot(id);
        proposed.put("plannedEnd", "2028-01-31");
        assertThat(items.propose(id, "officer", proposed, "Gia hạn").statusCode()).isEqualTo(201);
        WebClient officer = team.officer().browser(port);
        assertThat(officer.get("/app/aid/items/" + id + "/amendments/new").statusCode()).isEqualTo(409);
        assertThat(officer.get("/app/aid/items/" + id + "?tab=amendments").body())
                .doesNotContain("/amendments/new").contains("Chờ phê duyệt");
        long other = items.implementing("Không phải của xã");
        assertThat(team.appraiser().browser(port).get("/app/aid/items/" + other + "/amendments/new")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void implementingItemsWithoutAStageDueDateStillListAndCountOnTheHomePage() {
        long id = items.implementing("Không có hạn xử lý");
        String code = jdbc.sql("select code from aid.aid_item where id = :id").param("id", id).query(String.class)
                .single();
        WebClient officer = team.officer().browser(port);
        HttpResponse<String> list = officer.get("/app/aid/items?q=" + code);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(code);
        assertThat(officer.get("/app").statusCode()).isEqualTo(200);
    }

    /** The proposal form as the browser would send it back unchanged. */
    private Map<String, String> prefilled(WebClient client, long id) {
        String html = client.get("/app/aid/items/" + id + "/amendments/new").body();
        FormElement form = (FormElement) Jsoup.parse(html).selectFirst("form[action$=/amendments/new]");
        assertThat(form).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.put(field.key(), field.value()));
        return fields;
    }

    private long amendmentVersion(String path) {
        long amendment = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        return jdbc.sql("select version from aid.amendment where id = :id").param("id", amendment)
                .query(Long.class).single();
    }
}
