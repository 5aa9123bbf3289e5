package vn.vientro.aid.item;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.notification.InboxItem;
import vn.vientro.notification.Inboxes;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submitted dossier changes only through the procedure (issue 13): the aid owner's side edits it only while it is
 * theirs (drafted, or returned for supplement); during appraisal the focal point or the appraisal lead corrects it with
 * a written reason, which the timeline keeps with the changed fields and the owner is told of. Pages and API alike.
 */
@VientroIntegrationTest
class DossierCorrectionIntegrationTests {

    private static final String REASON = "Bên tài trợ gửi thư điều chỉnh giá trị ngày 01/12/2026";
    /** One correction of the timeline tab: from its element to the next line of the timeline or the list's end. */
    private static final Pattern CORRECTION = Pattern.compile(
            "id=\"correction-\\d+\"(.*?)(?=<li class=\"list-group-item\"|</ol>)", Pattern.DOTALL);

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @Test
    void theDrafterIsRefusedAfterSubmissionAndEditsAgainWhenTheDossierIsReturnedForSupplement() {
        long id = itemIn("Dự án bị khóa sau khi nộp", AidStatus.SUBMITTED);
        HttpResponse<String> refused = put(team.officer().token(), id, "999999", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode problem = AidFixtures.read(refused.body());
        assertThat(problem.path("type").asString()).isEqualTo("/problems/dossier-locked");
        assertThat(problem.path("detail").asString()).contains("trả lại để bổ sung");

        WebClient officer = team.officer().browser(port);
        String page = officer.get("/app/aid/items/" + id).body();
        assertThat(page).as("no edit button once submitted").doesNotContain("id=\"edit-item\"")
                .doesNotContain("/app/aid/items/" + id + "/edit");
        String form = officer.get("/app/aid/items/" + id + "/edit").body();
        assertThat(form).as("the page says why").contains("Hồ sơ đã nộp").contains("trả lại để bổ sung")
                .doesNotContain("id=\"save-item\"");
        HttpResponse<String> posted = officer.post("/app/aid/items/" + id + "/edit", form(id, "999.999", null));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("trả lại để bổ sung");
        assertThat(total(id)).isEqualTo("240000.00");

        fixtures.moveTo(port, id, AidStatus.RETURNED);
        assertThat(officer.get("/app/aid/items/" + id).body()).contains("id=\"edit-item\"");
        officer.get("/app/aid/items/" + id + "/edit");
        assertThat(officer.post("/app/aid/items/" + id + "/edit", form(id, "260.000", null)).statusCode())
                .isEqualTo(302);
        assertThat(put(team.officer().token(), id, "270000", null).statusCode()).isEqualTo(200);
        assertThat(total(id)).isEqualTo("270000.00");
        assertThat(timeline(team.officer().browser(port), id)).as("the owner's own edits are no correction")
                .doesNotContain("id=\"correction-");
    }

    @Test
    void theFocalPointsCorrectionNeedsAReasonIsKeptOnTheTimelineWithTheChangedFieldAndToldToTheOwner() {
        long id = itemIn("Dự án được đính chính khi thẩm định", AidStatus.SUBMITTED);
        WebClient focal = team.focal().browser(port);
        assertThat(focal.get("/app/aid/items/" + id).body()).contains("id=\"edit-item\"").contains("Đính chính hồ sơ");
        assertThat(focal.get("/app/aid/items/" + id + "/edit").body()).contains("id=\"reason\"")
                .contains("Lý do đính chính");
        HttpResponse<String> withoutReason = focal.post("/app/aid/items/" + id + "/edit", form(id, "999.999", ""));
        assertThat(withoutReason.statusCode()).isEqualTo(200);
        assertThat(withoutReason.body()).contains("id=\"reason-error\"").contains("Nhập lý do đính chính hồ sơ")
                .as("what was typed is kept").contains("999.999");
        assertThat(total(id)).isEqualTo("240000.00");

        HttpResponse<String> corrected = focal.post("/app/aid/items/" + id + "/edit", form(id, "999.999", REASON));
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(total(id)).isEqualTo("999999.00");

        String entry = correction(timeline(team.officer().browser(port), id));
        assertThat(entry).contains("Đính chính hồ sơ").contains("Giá trị viện trợ: 240.000,00 USD → 999.999,00 USD")
                .contains(REASON).contains(team.focal().fullName());
        assertThat(entry.split("<li").length - 1).as("only the changed field is listed").isEqualTo(1);
        assertThat(correction(team.officer().browser(port).get("/app/aid/items/" + id + "?tab=timeline&lang=en")
                .body())).as("in the reader's language").contains("Dossier corrected")
                .contains("Aid value: 240,000.00 USD → 999,999.00 USD");
        assertThat(team.leader().browser(port).get("/app/aid/items/" + id + "?tab=history").body())
                .as("the history names the amount's currency too")
                .contains("240.000,00 USD → 999.999,00 USD");

        List<InboxItem> notices = Inboxes.of(team.officer().username(), "aid-corrected").stream()
                .filter(notice -> notice.subject().contains("Dự án được đính chính khi thẩm định")).toList();
        assertThat(notices).as("the owner is told once, in words").hasSize(1);
        assertThat(notices.get(0).subject()).contains("Hồ sơ được đính chính khi thẩm định")
                .contains("Giá trị viện trợ");
        assertThat(notices.get(0).quote()).isEqualTo(REASON);
    }

    @Test
    void theApiRefusesWhatTheStateDoesNotAllowAndAsksACorrectionForItsReason() {
        long id = itemIn("Dự án đính chính qua API", AidStatus.UNDER_APPRAISAL);
        assertThat(put(team.officer().token(), id, "999999", REASON).statusCode()).isEqualTo(409);
        HttpResponse<String> withoutReason = put(team.appraiser().token(), id, "999999", null);
        assertThat(withoutReason.statusCode()).as(withoutReason.body()).isEqualTo(400);
        JsonNode problem = AidFixtures.read(withoutReason.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(put(team.focal().token(), id, "999999", "   ").statusCode()).as("a blank reason is none")
                .isEqualTo(400);
        assertThat(total(id)).isEqualTo("240000.00");

        HttpResponse<String> corrected = put(team.appraiser().token(), id, "999999", REASON);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(total(id)).isEqualTo("999999.00");
        assertThat(correction(timeline(team.officer().browser(port), id)))
                .contains("Giá trị viện trợ: 240.000,00 USD → 999.999,00 USD").contains(REASON);
        assertThat(Inboxes.subjects(team.officer().username(), "aid-corrected"))
                .anyMatch(subject -> subject.contains("Dự án đính chính qua API"));

        long draft = itemIn("Dự án còn ở bên chủ khoản", AidStatus.DOSSIER_DRAFT);
        HttpResponse<String> notYet = put(team.appraiser().token(), draft, "999999", REASON);
        assertThat(notYet.statusCode()).as(notYet.body()).isEqualTo(409);
        assertThat(AidFixtures.read(notYet.body()).path("type").asString()).isEqualTo("/problems/dossier-locked");
        JsonNode documented = AidFixtures.read(team.focal().browser(port).get("/v3/api-docs").body()).path("paths")
                .path("/api/v1/aid-items/{itemId}").path("put");
        assertThat(documented.path("responses").has("409")).as("documented").isTrue();
        assertThat(documented.path("requestBody").toString()).contains("\"reason\"");
    }

    private long itemIn(String name, AidStatus status) {
        long id = fixtures.draft(port, team.officer().token(), json(name, "240000"));
        fixtures.moveTo(port, id, status);
        return id;
    }

    /** The description the form below posts, as the API takes it; only the total value differs between them. */
    private String json(String name, String total) {
        return """
                {"kind":"TECHNICAL_ASSISTANCE","deliveryForm":"CASH","nameVi":"%s",
                 "objectivesVi":"Nâng cao chất lượng khám chữa bệnh","donorId":%d,"ownerAgencyId":%d,
                 "governingAgencyId":%d,"plannedStart":"2026-03-01","plannedEnd":"2028-02-28",
                 "totalAmount":%s,"totalCurrency":"USD","counterpartCurrency":"VND",
                 "sectors":[{"sectorCode":"12220","percent":100}],
                 "locations":[{"communeCode":"%s","percent":100}],"publicGroups":["SUMMARY"]}
                """.formatted(name, team.donor().id(), team.owner().id(), team.governing().id(), total,
                fixtures.communes(1).get(0));
    }

    private Map<String, String> form(long id, String total, String reason) {
        JsonNode item = fixtures.item(port, id).path("item");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", Long.toString(item.path("version").asLong()));
        form.put("kind", "TECHNICAL_ASSISTANCE");
        form.put("deliveryForm", "CASH");
        form.put("nameVi", item.path("nameVi").asString());
        form.put("objectivesVi", "Nâng cao chất lượng khám chữa bệnh");
        form.put("donorId", Long.toString(team.donor().id()));
        form.put("ownerAgencyId", Long.toString(team.owner().id()));
        form.put("governingAgencyId", Long.toString(team.governing().id()));
        form.put("plannedStart", "2026-03-01");
        form.put("plannedEnd", "2028-02-28");
        form.put("totalAmount", total);
        form.put("totalCurrency", "USD");
        form.put("counterpartCurrency", "VND");
        form.put("sectors", "12220 100");
        form.put("locations", fixtures.communes(1).get(0) + " 100");
        form.put("publicGroups", "SUMMARY");
        if (reason != null) {
            form.put("reason", reason);
        }
        return AidItemPagesIntegrationTests.asPosted(form);
    }

    private HttpResponse<String> put(String token, long id, String total, String reason) {
        String body = json(fixtures.item(port, id).path("item").path("nameVi").asString(), total)
                .replaceFirst("\\{", "{\"version\":" + fixtures.version(port, id) + ","
                        + (reason == null ? "" : "\"reason\":\"" + reason + "\","));
        return WebClient.api(port, "PUT", "/api/v1/aid-items/" + id, token, body);
    }

    private String total(long id) {
        return fixtures.item(port, id).path("item").path("totalAmount").decimalValue().setScale(2).toPlainString();
    }

    private static String timeline(WebClient reader, long id) {
        return reader.get("/app/aid/items/" + id + "?tab=timeline").body();
    }

    private static String correction(String page) {
        Matcher matcher = CORRECTION.matcher(page);
        assertThat(matcher.find()).as("a correction on the timeline").isTrue();
        return matcher.group(1);
    }
}
