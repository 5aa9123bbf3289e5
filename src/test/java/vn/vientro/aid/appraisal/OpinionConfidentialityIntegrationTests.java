package vn.vientro.aid.appraisal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidTeam;
import vn.vientro.audit.Trails;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A security opinion is seen only by the police, the appraisal lead, the focal point and leaders: on the tab, in the
 * inbox, over the API, in search, in the drafts and in the audit trail, where no one else finds a trace of it. Other opinions are working papers of the
 * government: the consulted agency sees its own, the aid owner's officers theirs when the owner is a state body.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpinionConfidentialityIntegrationTests {

    private static final String TOKEN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SECRET_QUESTION = "Xác minh nhân sự dự án MATHOI" + TOKEN;
    private static final String SECRET_ANSWER = "Có dấu hiệu bất thường MATTRALOI" + TOKEN;
    private static final String SECTOR_ANSWER = "Cần bố trí cán bộ y tế xã CHUYENNGANH" + TOKEN;
    private static final String COMMUNE_QUESTION = "Ý kiến về địa bàn XA" + TOKEN;
    private static final String POLICE_NAME = "Công an tỉnh Phú Thọ";

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();

    @Autowired
    JdbcClient jdbc;

    AppraisalItems items;
    AppraisalItems.Item item;
    long security;
    long commune;

    @BeforeAll
    void anItemWithASecurityOpinionAnswered() {
        items = new AppraisalItems(port, team);
        team.police(); // before the request, which is told to the police's staff: alone, the class had none yet
        item = items.underAppraisal();
        List<Long> ids = items.ask(item.id(), "2026-02-10",
                new String[] {"CA-TINH", "SECURITY", SECRET_QUESTION},
                new String[] {"VP-UBND", "FOREIGN_AFFAIRS"},
                new String[] {"STC", "FINANCE"},
                new String[] {"OWNER", "SECTOR"},
                new String[] {"COMMUNE", "COMMUNE", COMMUNE_QUESTION});
        security = ids.get(0);
        commune = ids.get(4);
        assertThat(items.answer(item.id(), security, "police", "DISAGREE", SECRET_ANSWER).statusCode()).isEqualTo(200);
        assertThat(items.answer(item.id(), ids.get(3), "officer", "AGREE_WITH_CONDITIONS", SECTOR_ANSWER)
                .statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"police", "appraiser", "focal", "leader"})
    void securityReadersSeeTheSecurityOpinionOnTheTabAndTheirReadIsRecorded(String user) {
        long before = reads(user);

        String tab = tab(user);

        assertThat(tab).contains(SECRET_QUESTION, SECRET_ANSWER, POLICE_NAME, SECTOR_ANSWER);
        assertThat(reads(user)).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"officer", "admin"})
    void theOwnersOfficersAndAdministratorsSeeTheWorkingPapersButNoTraceOfTheSecurityOpinion(String user) {
        String tab = tab(user);

        assertThat(tab).contains(SECTOR_ANSWER, COMMUNE_QUESTION, "Văn phòng Ủy ban nhân dân tỉnh Phú Thọ")
                .doesNotContain(SECRET_QUESTION, SECRET_ANSWER, POLICE_NAME, ">Mật<");
        assertThat(reads(user)).isZero();
    }

    @Test
    void aConsultedCommuneSeesOnlyTheRequestMadeToIt() {
        String tab = tab("commune");

        assertThat(tab).contains(COMMUNE_QUESTION).doesNotContain(SECTOR_ANSWER, SECRET_QUESTION, SECRET_ANSWER,
                POLICE_NAME, "Sở Tài chính tỉnh Phú Thọ");
    }

    @Test
    void theApiListsTheSameOpinionsAsTheTab() {
        assertThat(apiTopics("officer")).containsExactly("FOREIGN_AFFAIRS", "FINANCE", "SECTOR", "COMMUNE");
        assertThat(apiTopics("admin")).containsExactly("FOREIGN_AFFAIRS", "FINANCE", "SECTOR", "COMMUNE");
        assertThat(apiTopics("commune")).containsExactly("COMMUNE");
        for (String reader : List.of("police", "appraiser", "focal", "leader")) {
            assertThat(apiTopics(reader)).as(reader).containsExactly("SECURITY", "FOREIGN_AFFAIRS", "FINANCE", "SECTOR", "COMMUNE");
        }
        for (String other : List.of("officer", "admin", "commune")) {
            assertThat(api(other, "/api/v1/aid-items/" + item.id() + "/opinions").body()).as(other)
                    .doesNotContain(SECRET_QUESTION, SECRET_ANSWER, POLICE_NAME, "DISAGREE");
        }
        assertThat(api("leader", "/api/v1/aid-items/" + item.id() + "/opinions").body()).contains(SECRET_ANSWER);
        assertThat(jdbc.sql("select count(*) from audit.event where operation = 'READ' and actor = :leader "
                + "and after ->> 'channel' = 'API' and schema_name = 'aid' and table_name = 'opinion_request' "
                + "and row_id = :id").param("leader", team.leader().username()).param("id", Long.toString(security))
                .query(Long.class).single()).isPositive();
    }

    @Test
    void nobodyElseReachesTheSecurityRequestByItsNumber() {
        String path = "/app/aid/items/" + item.id() + "/opinions/" + security + "/answer";
        assertThat(team.officer().browser(port).get(path).statusCode()).isEqualTo(404);
        // an administrator answers no opinion at all: refused before the number is looked up, as for a made-up one
        assertThat(team.admin().browser(port).get(path).statusCode()).isEqualTo(403);
        assertThat(team.admin().browser(port).get("/app/aid/items/" + item.id() + "/opinions/987654/answer")
                .statusCode()).isEqualTo(403);
        assertThat(items.answer(item.id(), security, "commune", "AGREE", "").statusCode()).isEqualTo(404);
        assertThat(WebClient.api(port, "DELETE", "/api/v1/aid-items/" + item.id() + "/opinions/" + security,
                team.admin().token(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void theInboxShowsEachAgencyItsOwnRequestsWithOverdueMarks() {
        String police = team.police().browser(port).get("/app/aid/opinions").body();
        String communeInbox = team.communeOfficer().browser(port).get("/app/aid/opinions").body();
        String admin = team.admin().browser(port).get("/app/aid/opinions").body();
        String focal = team.focal().browser(port).get("/app/aid/opinions").body();

        assertThat(police).contains(item.code(), SECRET_QUESTION);
        assertThat(communeInbox).contains(item.code(), COMMUNE_QUESTION, "Quá hạn", "id=\"answer-" + commune + "\"")
                .doesNotContain(SECRET_QUESTION);
        assertThat(admin).contains("id=\"opinions-none\"").doesNotContain(item.code());
        assertThat(focal).contains(item.code()).doesNotContain(SECRET_QUESTION, COMMUNE_QUESTION);
        assertThat(api("admin", "/api/v1/opinions/mine").body()).isEqualTo("[]");
        assertThat(api("police", "/api/v1/opinions/mine").body()).contains(SECRET_QUESTION);
        String communeHome = team.communeOfficer().browser(port).get("/app").body();
        assertThat(communeHome).contains("Ý kiến cần trả lời, có ý kiến quá hạn", "href=\"/app/aid/opinions\"");
        assertThat(team.admin().browser(port).get("/app").body()).as("administrators give no opinions")
                .doesNotContain("href=\"/app/aid/opinions\"", "Ý kiến cần trả lời");
    }

    @Test
    void searchNeverHoldsTheOpinions() {
        for (String user : List.of("police", "appraiser", "admin", "officer", "leader")) {
            HttpResponse<String> byCode = api(user, "/api/v1/search?q=" + item.code());
            assertThat(byCode.body()).as(user).contains(item.code())
                    .doesNotContain(SECRET_QUESTION, SECRET_ANSWER, SECTOR_ANSWER, COMMUNE_QUESTION);
            assertThat(api(user, "/api/v1/search?q=MATTRALOI" + TOKEN).body()).isEqualTo("[]");
        }
        assertThat(jdbc.sql("select count(*) from search.document where coalesce(body, '') || title || "
                + "coalesce(subtitle, '') like '%' || :token || '%'").param("token", TOKEN).query(Long.class).single())
                .isZero();
    }

    @Test
    void theAuditTrailRecordsTheReadsButNeverTheSecurityOpinionItself() {
        tab("police");

        assertThat(audited(SECRET_ANSWER)).isZero();
        assertThat(audited(SECRET_QUESTION)).isZero();
        assertThat(audited(SECTOR_ANSWER)).as("other opinions are audited as usual").isPositive();
        assertThat(Trails.reads("aid.opinion_request", security, team.police().username())).isPositive();
    }

    @Test
    void theAdministratorsTrailAndOutboxShowNoTraceOfTheSecurityOpinion() {
        tab("police");
        String row = "table=aid.opinion_request&rowId=" + security;

        assertThat(Trails.asReadBy(team.admin(), port, row)).isEqualTo("[]");
        assertThat(Trails.asReadBy(team.leader(), port, row)).contains("\"operation\":\"READ\"",
                "\"operation\":\"UPDATE\"").doesNotContain(SECRET_QUESTION, SECRET_ANSWER);
        assertThat(Trails.asReadBy(team.admin(), port, "actor=" + team.police().username()))
                .doesNotContain("aid.opinion_request", "\"READ\"", "DISAGREE");
        assertThat(team.admin().browser(port).get("/app/audit?" + row).body())
                .contains("Không có thay đổi nào phù hợp.").doesNotContain(team.police().username());
        assertThat(team.leader().browser(port).get("/app/audit?" + row).body())
                .contains("Đọc bản ghi mật", ">" + team.police().username() + "<");
        List<Long> notices = jdbc.sql("select id from notification.inbox_item where subject_key like "
                + "'aid.appraisal.notice.%.sealed' and subject_args::text like '%' || :code || '%'")
                .param("code", item.code()).query(Long.class).list();
        assertThat(notices).as("the request to the police, its answer to the lead").hasSizeGreaterThanOrEqualTo(2);
        for (long notice : notices) {
            assertThat(Trails.asReadBy(team.admin(), port, "table=notification.inbox_item&rowId=" + notice))
                    .isEqualTo("[]");
            assertThat(Trails.asReadBy(team.leader(), port, "table=notification.inbox_item&rowId=" + notice))
                    .contains("notice");
        }
        assertThat(jdbc.sql("select count(*) from notification.mail where recipient_username in (:police, :appraiser) "
                + "and (subject = 'Đã có ý kiến về khoản viện trợ ' || :code "
                + "or subject like 'Đề nghị cho ý kiến về khoản viện trợ ' || :code || ', hạn %')")
                .param("code", item.code())
                .param("police", team.police().username()).param("appraiser", team.appraiser().username())
                .query(Long.class).single()).as("no e-mail of a security opinion: administrators read the outbox")
                .isZero();
    }

    @Test
    void theDraftsAreForTheLeadTheFocalPointAndLeadersAndNameTheSecurityOpinionOnly() throws IOException {
        String report = "/app/aid/items/" + item.id() + "/drafts/appraisal-report.docx";
        for (String user : List.of("officer", "admin", "commune", "police")) {
            assertThat(items.download(report, user).statusCode()).as(user).isEqualTo(403);
            assertThat(items.download("/app/aid/items/" + item.id() + "/drafts/decision.docx", user).statusCode())
                    .as(user).isEqualTo(403);
        }
        for (String user : List.of("appraiser", "focal", "leader")) {
            HttpResponse<byte[]> draft = items.download(report, user);
            assertThat(draft.statusCode()).as(user).isEqualTo(200);
            String text = text(draft.body());
            assertThat(text).contains("Ý kiến của Công an tỉnh: gửi kèm theo chế độ mật", SECTOR_ANSWER)
                    .doesNotContain(SECRET_QUESTION, SECRET_ANSWER, "Không đồng ý");
        }
    }

    @Test
    void anItemLateOnlyOnItsSecurityOpinionIsOverdueOnlyForThoseWhoMayKnow() {
        AppraisalItems.Item late = items.underAppraisal();
        items.ask(late.id(), "2026-02-10", new String[] {"CA-TINH", "SECURITY"});
        items.ask(late.id(), vn.vientro.testing.Today.inProvince().toString(), new String[] {"OWNER", "SECTOR"});

        String query = "/api/v1/aid-items?overdue=true&q=" + late.code();
        assertThat(AppraisalItems.JSON.readTree(api("appraiser", query).body()).get("total").asLong()).isEqualTo(1);
        assertThat(AppraisalItems.JSON.readTree(api("officer", query).body()).get("total").asLong()).isZero();
        assertThat(AppraisalItems.JSON.readTree(api("admin", query).body()).get("total").asLong()).isZero();
        assertThat(tab("officer", late)).doesNotContain("Quá hạn", POLICE_NAME);
    }

    private String tab(String user) {
        return tab(user, item);
    }

    private String tab(String user, AppraisalItems.Item which) {
        HttpResponse<String> page = team.named(user).browser(port).get("/app/aid/items/" + which.id()
                + "?tab=appraisal");
        assertThat(page.statusCode()).as(user).isEqualTo(200);
        assertThat(page.body()).as(user + " sees the tab").contains("id=\"opinions\"");
        return page.body();
    }

    private List<String> apiTopics(String user) {
        JsonNode list = AppraisalItems.JSON.readTree(api(user, "/api/v1/aid-items/" + item.id() + "/opinions").body());
        return list.valueStream().map(node -> node.get("topic").asString()).toList();
    }

    private HttpResponse<String> api(String user, String path) {
        return WebClient.api(port, "GET", path, team.named(user).token(), null);
    }

    private long reads(String user) {
        return Trails.reads("aid.opinion_request", security, team.named(user).username());
    }

    private long audited(String text) {
        return jdbc.sql("select count(*) from audit.event where coalesce(before::text, '') || coalesce(after::text, '') "
                + "like '%' || :text || '%'").param("text", text).query(Long.class).single();
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }
}
