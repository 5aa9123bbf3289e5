package vn.vientro.aid.appraisal;

import vn.vientro.notification.InboxItem;
import vn.vientro.notification.Inboxes;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidTeam;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

@VientroIntegrationTest
class OpinionRequestIntegrationTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsultationRepair repair;

    AppraisalItems items;

    @BeforeEach
    void setUp() {
        items = new AppraisalItems(port, team);
    }

    @Test
    void proposesThePoliceTheFocalPointAndTheLineDepartmentOfADepartmentsItemButNeverTheLeadItself() {
        long other = items.agency("OTHER_DEPARTMENT");
        AppraisalItems.Item item = items.underAppraisal();

        JsonNode proposal = AppraisalItems.JSON.readTree(WebClient.api(port, "GET",
                "/api/v1/aid-items/" + item.id() + "/opinions/proposal", team.appraiser().token(), null).body());

        assertThat(proposal.valueStream().map(p -> p.get("topic").asString() + ":" + p.get("agencyId").asLong()))
                .containsExactly("SECURITY:" + items.agency("CA-TINH"), "FOREIGN_AFFAIRS:" + items.agency("VP-UBND"),
                        "SECTOR:" + items.agency("OWNER"));
        String tab = team.appraiser().browser(port).get("/app/aid/items/" + item.id() + "?tab=appraisal").body();
        assertThat(tab).contains("id=\"request-opinions\"")
                .containsPattern("value=\"" + items.agency("CA-TINH") + "\"\\s+id=\"agency-\\d+\" checked")
                .doesNotContainPattern("value=\"" + other + "\"\\s+id=\"agency-\\d+\" checked");
    }

    @Test
    void proposesTheCommuneForACommunesItemAndNeverAsksTheLeadAboutItsOwnSector() {
        AppraisalItems.Item item = items.underAppraisal("commune", items.agency("COMMUNE"));

        JsonNode proposal = AppraisalItems.JSON.readTree(WebClient.api(port, "GET",
                "/api/v1/aid-items/" + item.id() + "/opinions/proposal", team.appraiser().token(), null).body());

        assertThat(proposal.valueStream().map(p -> p.get("topic").asString()))
                .containsExactly("SECURITY", "FOREIGN_AFFAIRS", "COMMUNE");
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + item.id() + "/opinions/proposal", team.focal().token(),
                null).statusCode()).isEqualTo(403);
    }

    @Test
    void asksThroughTheTabWithDueDatesAndTellsOnlyWhoMayAnswer() {
        // Those asked are told at once: the team's police, commune officer and administrator exist before.
        team.police();
        team.communeOfficer();
        team.admin();
        AppraisalItems.Item item = items.underAppraisal();
        long police = items.agency("CA-TINH");
        long focal = items.agency("VP-UBND");
        long commune = items.agency("COMMUNE");
        WebClient appraiser = team.appraiser().browser(port);
        String page = "/app/aid/items/" + item.id() + "?tab=appraisal";
        HttpResponse<String> sent = items.postForm(appraiser, page, "/app/aid/items/" + item.id() + "/opinions",
                List.of(new String[] {"askedOn", "2026-11-02"},
                        new String[] {"agencyId", String.valueOf(police)},
                        new String[] {"topic-" + police, "SECURITY"},
                        new String[] {"question-" + police, "Xác minh tư cách nhà tài trợ"},
                        new String[] {"agencyId", String.valueOf(focal)},
                        new String[] {"topic-" + focal, "FOREIGN_AFFAIRS"},
                        new String[] {"agencyId", String.valueOf(commune)},
                        new String[] {"topic-" + commune, "COMMUNE"},
                        new String[] {"question-" + commune, "Ý kiến về địa bàn thực hiện"},
                        new String[] {"topic-" + items.agency("OTHER_DEPARTMENT"), "SECTOR"}));

        assertThat(sent.statusCode()).isEqualTo(302);
        List<Map<String, Object>> rows = jdbc.sql("select agency_id, topic, confidential, question, due_on::text as due "
                + "from aid.opinion_request where aid_item = :id order by id").param("id", item.id()).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("topic")).containsExactly("SECURITY", "FOREIGN_AFFAIRS", "COMMUNE");
        // 10 working days from Monday 2 November 2026: 16 November.
        assertThat(rows).extracting(r -> r.get("due")).containsOnly("2026-11-16");
        assertThat(rows.get(0).get("confidential")).isEqualTo(true);
        assertThat(rows.get(0).get("question")).as("sealed, never in the audited table").isNull();
        assertThat(rows.get(2).get("question")).isEqualTo("Ý kiến về địa bàn thực hiện");

        assertThat(subjects("police", item)).containsExactly(
                "Đề nghị cho ý kiến về khoản viện trợ " + item.code() + ", hạn 16/11/2026");
        assertThat(bodies("police", item)).containsOnlyNulls();
        assertThat(subjects("commune", item)).singleElement().asString().contains(item.name(), "Địa phương thực hiện");
        assertThat(bodies("commune", item)).containsExactly("Ý kiến về địa bàn thực hiện");
        assertThat(subjects("focal", item)).hasSize(1);
        assertThat(subjects("admin", item)).as("an administrator gives no opinions").isEmpty();
        assertThat(consulted(item.id())).contains(focal, commune).doesNotContain(police);
        assertThat(team.communeOfficer().browser(port).get("/app/aid/items/" + item.id()).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesRequestsOutsideTheAppraisalOrFromOthersThanTheAppraiser() {
        AppraisalItems.Item item = items.underAppraisal();
        String body = "{\"requests\":[{\"agencyId\":" + items.agency("STC") + ",\"topic\":\"FINANCE\"}]}";

        assertThat(WebClient.api(port, "POST", "/api/v1/aid-items/" + item.id() + "/opinions", team.focal().token(), body)
                .statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "POST", "/api/v1/aid-items/" + item.id() + "/opinions", team.appraiser().token(),
                "{\"requests\":[]}").statusCode()).isEqualTo(400);
        assertThat(WebClient.api(port, "POST", "/api/v1/aid-items/" + item.id() + "/opinions", team.appraiser().token(),
                "{\"askedOn\":\"2099-01-01\"," + body.substring(1)).body()).contains("\"field\":\"askedOn\"");
        items.ask(item.id(), "2026-11-02", new String[] {"STC", "FINANCE"});
        assertThat(WebClient.api(port, "POST", "/api/v1/aid-items/" + item.id() + "/opinions", team.appraiser().token(), body)
                .statusCode()).as("asked twice").isEqualTo(409);
        items.answer(item.id(), items.ask(item.id(), "2026-11-02", new String[] {"CA-TINH", "SECURITY"}).get(0),
                "police", "AGREE", "");
        items.answer(item.id(), idOf(item, "FINANCE"), "appraiser", "AGREE", "");
        items.move(item.id(), "conclude-appraisal", "appraiser", Map.of("recommendation", "APPROVE",
                "reason", "Đủ điều kiện"));
        assertThat(WebClient.api(port, "POST", "/api/v1/aid-items/" + item.id() + "/opinions", team.appraiser().token(),
                "{\"requests\":[{\"agencyId\":" + items.agency("OWNER") + "}]}").statusCode()).isEqualTo(409);
    }

    @Test
    void theAgencyAnswersOnItsFormAndNoOtherAgencyMay() {
        AppraisalItems.Item item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-11-02", new String[] {"COMMUNE", "COMMUNE"},
                new String[] {"STC", "FINANCE"}, new String[] {"OWNER", "SECTOR"});
        long commune = ids.get(0);
        String path = "/app/aid/items/" + item.id() + "/opinions/" + commune + "/answer";

        assertThat(items.answer(item.id(), commune, "officer", "AGREE", "").statusCode()).as("the owner's officer")
                .isEqualTo(403);
        assertThat(items.answer(item.id(), ids.get(1), "police", "AGREE", "").statusCode()).as("the police")
                .isEqualTo(403);
        assertThat(items.answer(item.id(), ids.get(2), "commune", "AGREE", "").statusCode())
                .as("a request the commune cannot see").isEqualTo(403);
        assertThat(team.officer().browser(port).get(path).statusCode()).isEqualTo(403);
        WebClient officer = team.communeOfficer().browser(port);
        String form = officer.get(path).body();
        assertThat(form).contains("id=\"answer-form\"", "<select id=\"answer\" name=\"answer\"",
                "<textarea id=\"answerText\" name=\"answerText\"", "id=\"answeredOn\" name=\"answeredOn\"");
        HttpResponse<String> missing = officer.post(path, Map.of("answer", "AGREE_WITH_CONDITIONS", "answerText", "",
                "answeredOn", "2026-11-20"));
        assertThat(missing.body()).contains("id=\"answerText-error\"", "Nêu điều kiện hoặc lý do.",
                "value=\"20/11/2026\"");
        HttpResponse<String> answered = officer.post(path, Map.of("answer", "AGREE_WITH_CONDITIONS",
                "answerText", "Đề nghị phối hợp với trạm y tế xã", "answeredOn", "2026-11-20"));
        assertThat(WebClient.location(answered)).endsWith("/app/aid/items/" + item.id() + "?tab=appraisal");
        JsonNode row = AppraisalItems.JSON.readTree(WebClient.api(port, "GET", "/api/v1/aid-items/" + item.id()
                + "/opinions", team.communeOfficer().token(), null).body()).get(0);
        assertThat(row.get("answer").asString()).isEqualTo("AGREE_WITH_CONDITIONS");
        assertThat(row.get("answeredOn").asString()).isEqualTo("2026-11-20");
        assertThat(row.get("answeredBy").asString()).isEqualTo(team.communeOfficer().username());
        assertThat(items.answer(item.id(), commune, "commune", "AGREE", "").statusCode()).as("once").isEqualTo(409);
        HttpResponse<String> recorded = items.answer(item.id(), ids.get(2), "appraiser", "AGREE", "");
        assertThat(recorded.statusCode()).as("the lead records a written reply").isEqualTo(200);
        assertThat(recorded.body()).contains("\"answeredBy\":\"" + team.appraiser().username() + "\"");
    }

    @Test
    void withdrawsARequestNotYetAnsweredAndMayAskAgain() {
        AppraisalItems.Item item = items.underAppraisal();
        long finance = items.ask(item.id(), "2026-11-02", new String[] {"STC", "FINANCE"}).get(0);

        assertThat(WebClient.api(port, "DELETE", "/api/v1/aid-items/" + item.id() + "/opinions/" + finance,
                team.officer().token(), null).statusCode()).isEqualTo(403);
        assertThat(WebClient.api(port, "DELETE", "/api/v1/aid-items/" + item.id() + "/opinions/" + finance,
                team.appraiser().token(), null).statusCode()).isEqualTo(204);
        assertThat(items.answer(item.id(), finance, "appraiser", "AGREE", "").statusCode()).isEqualTo(409);
        long again = items.ask(item.id(), "2026-11-03", new String[] {"STC", "FINANCE"}).get(0);
        assertThat(items.answer(item.id(), again, "appraiser", "AGREE", "").statusCode()).isEqualTo(200);
        assertThat(WebClient.api(port, "DELETE", "/api/v1/aid-items/" + item.id() + "/opinions/" + again,
                team.appraiser().token(), null).statusCode()).as("answered").isEqualTo(409);
        String tab = team.appraiser().browser(port).get("/app/aid/items/" + item.id() + "?tab=appraisal")
                .body();
        assertThat(tab).contains("Đã rút đề nghị ngày");
    }

    @Test
    void anAgencyWhoseRequestIsWithdrawnNoLongerReadsTheItem() {
        AppraisalItems.Item item = items.underAppraisal();
        long commune = items.ask(item.id(), "2026-11-02", new String[] {"COMMUNE", "COMMUNE"}).get(0);
        String path = "/api/v1/aid-items/" + item.id();
        assertThat(WebClient.api(port, "GET", path, team.communeOfficer().token(), null).statusCode()).isEqualTo(200);
        assertThat(WebClient.api(port, "DELETE", path + "/opinions/" + commune, team.appraiser().token(), null)
                .statusCode())
                .isEqualTo(204);
        assertThat(consulted(item.id())).doesNotContain(items.agency("COMMUNE"));
        assertThat(WebClient.api(port, "GET", path, team.communeOfficer().token(), null).statusCode()).isEqualTo(403);
        Events.settle();
        assertThat(WebClient.api(port, "GET", "/api/v1/search?q=" + item.code(), team.communeOfficer().token(), null)
                .body())
                .doesNotContain(item.code());
        assertThat(WebClient.api(port, "GET", path, team.officer().token(), null).statusCode())
                .as("the owner's access never came from a consultation").isEqualTo(200);
    }

    @Test
    void aStandingSecurityRequestDoesNotKeepTheAccessAWithdrawalEnds() {
        AppraisalItems.Item item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-11-02", new String[] {"COMMUNE", "COMMUNE"},
                new String[] {"COMMUNE", "SECURITY"});
        String path = "/api/v1/aid-items/" + item.id();
        assertThat(WebClient.api(port, "DELETE", path + "/opinions/" + ids.get(0), team.appraiser().token(), null)
                .statusCode()).isEqualTo(204);
        assertThat(WebClient.api(port, "GET", path, team.communeOfficer().token(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void accessLeftBehindByAnEarlierWithdrawalIsEndedAtStartUp() {
        AppraisalItems.Item item = items.underAppraisal();
        long commune = items.agency("COMMUNE");
        jdbc.sql("insert into aid.item_agency (aid_item, agency_id, reason) values (:item, :agency, 'CONSULTED')")
                .param("item", item.id()).param("agency", commune).update();
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + item.id(), team.communeOfficer().token(), null)
                .statusCode())
                .isEqualTo(200);
        repair.run(null);
        assertThat(consulted(item.id())).doesNotContain(commune);
        assertThat(WebClient.api(port, "GET", "/api/v1/aid-items/" + item.id(), team.communeOfficer().token(), null)
                .statusCode())
                .isEqualTo(403);
    }

    @Test
    void whoAskedHearsOfAnAnswerAndOfASecurityAnswerOnlyThatItCame() {
        AppraisalItems.Item item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-11-02", new String[] {"COMMUNE", "COMMUNE"},
                new String[] {"CA-TINH", "SECURITY"}, new String[] {"STC", "FINANCE"});
        assertThat(items.answer(item.id(), ids.get(0), "commune", "AGREE", "Đồng ý địa điểm").statusCode())
                .isEqualTo(200);
        assertThat(items.answer(item.id(), ids.get(1), "police", "AGREE", "Không có vấn đề").statusCode())
                .isEqualTo(200);
        assertThat(items.answer(item.id(), ids.get(2), "appraiser", "AGREE", "").statusCode()).isEqualTo(200);
        List<String> heard = Inboxes.subjects(team.appraiser().username(), "aid-opinion-answered").stream()
                .filter(subject -> subject.contains(item.code())).toList();
        assertThat(heard).containsExactly(
                team.commune().nameVi() + " đã cho ý kiến về khoản viện trợ " + item.code(),
                "Đã có ý kiến về khoản viện trợ " + item.code());
    }

    private long idOf(AppraisalItems.Item item, String topic) {
        return jdbc.sql("select id from aid.opinion_request where aid_item = :id and topic = :topic and withdrawn_on "
                + "is null").param("id", item.id()).param("topic", topic).query(Long.class).single();
    }

    private List<String> subjects(String user, AppraisalItems.Item item) {
        return Inboxes.subjects(team.named(user).username(), "aid-opinion").stream()
                .filter(subject -> subject.contains(item.code())).toList();
    }

    private List<String> bodies(String user, AppraisalItems.Item item) {
        return Inboxes.of(team.named(user).username(), "aid-opinion").stream()
                .filter(notice -> notice.subject().contains(item.code())).map(InboxItem::quote).toList();
    }

    private List<Long> consulted(long itemId) {
        return jdbc.sql("select agency_id from aid.item_agency where aid_item = :id and reason = 'CONSULTED'")
                .param("id", itemId).query(Long.class).list();
    }
}
