package vn.vientro.registry.opinion;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.audit.Trails;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.testing.WebClient.location;

/**
 * The police's input on the province's opinion about an NGO's application is sealed as the aid module's security
 * opinions are (DOMAIN.md §10): the police, the appraisal lead, the focal point and leaders read it, and their reads are
 * recorded; a consulted agency sees its own input and the province's conclusion; the administrator sees the other
 * inputs but no trace of the police's, on the page, in the audit trail, in the outbox or in the search.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SealedInputIntegrationTests {

    private static final String TOKEN = UUID.randomUUID().toString().substring(0, 8);
    private static final String POLICE_ANSWER = "Người đại diện có tiền án MATCONGAN" + TOKEN;
    private static final String DEPARTMENT_ANSWER = "Đề nghị báo cáo dự án y tế SOYTE" + TOKEN;
    private static final String POLICE_NAME = "Công an tỉnh Phú Thọ";
    private static final String NOTHING_FOUND = "Không có thay đổi nào phù hợp.";
    private static final String INPUT_TABLE = "registry.permit_opinion_input";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final Map<String, Staff> staff = new java.util.HashMap<>();
    AgencyView department;
    AgencyView commune;
    String path;
    long policeInput;
    long departmentInput;
    long communeInput;

    @BeforeAll
    void anOpinionWithThePolicesAnswerConcluded() {
        department = ProvinceAgencies.newLineDepartment();
        commune = ProvinceAgencies.newCommune();
        staff.put("police", Staff.police());
        staff.put("focal", Staff.focalPoint());
        staff.put("appraiser", Staff.appraiser());
        staff.put("leader", Staff.leader());
        staff.put("admin", Staff.admin());
        staff.put("department", Staff.officerOf(department.id()));
        staff.put("commune", Staff.officerOf(commune.id()));
        path = open("1234/BNG-CTPCP");
        ask(path, ProvinceAgencies.police().id(), department.id(), commune.id());
        policeInput = input(path, ProvinceAgencies.police().id());
        departmentInput = input(path, department.id());
        communeInput = input(path, commune.id());
        answer("police", policeInput, "DISAGREE", POLICE_ANSWER);
        answer("department", departmentInput, "AGREE_WITH_CONDITIONS", DEPARTMENT_ANSWER);
        WebClient focal = browser("focal");
        focal.get(path);
        long version = jdbc.sql("select version from registry.permit_opinion where id = :id").param("id", id(path))
                .query(Long.class).single();
        assertThat(location(focal.post(path + "/conclude", Map.of("version", String.valueOf(version),
                "conclusion", "AGREE_WITH_CONDITIONS", "replyReference", "88/UBND-NC", "sentOn", "2026-03-02"))))
                .endsWith(path);
        Events.settle();
    }

    @Test
    void theSecurityReadersSeeThePolicesAnswerAndTheirReadsAreRecorded() {
        for (String reader : List.of("police", "focal", "appraiser", "leader")) {
            long before = reads(reader);

            String page = page(reader);

            assertThat(page).as(reader).contains(POLICE_NAME, POLICE_ANSWER, DEPARTMENT_ANSWER, ">Mật<");
            assertThat(reads(reader)).as(reader).isEqualTo(before + 1);
        }
    }

    @Test
    void aConsultedAgencySeesItsOwnInputAndTheConclusionOnly() {
        assertThat(page("department")).contains(DEPARTMENT_ANSWER, "88/UBND-NC")
                .doesNotContain(POLICE_NAME, POLICE_ANSWER, commune.nameVi());
        assertThat(page("commune")).contains(commune.nameVi(), "88/UBND-NC")
                .doesNotContain(POLICE_NAME, POLICE_ANSWER, DEPARTMENT_ANSWER, department.nameVi());
        assertThat(reads("department") + reads("commune")).isZero();
    }

    @Test
    void theAdministratorSeesTheOtherInputsButNoTraceOfThePolices() {
        assertThat(page("admin")).contains(DEPARTMENT_ANSWER, commune.nameVi(), "88/UBND-NC")
                .doesNotContain(POLICE_NAME, POLICE_ANSWER, ">Mật<", "Không đồng ý");
        assertThat(reads("admin")).isZero();
    }

    @Test
    void nobodyElseReachesThePolicesInputByItsNumber() {
        Map<String, String> answer = Map.of("answer", "AGREE", "answerText", "");
        for (String other : List.of("department", "commune", "admin")) {
            WebClient client = browser(other);
            client.get(path);
            assertThat(client.post(path + "/inputs/" + policeInput, answer).statusCode()).as(other).isEqualTo(404);
        }
        WebClient appraiser = browser("appraiser");
        appraiser.get(path);
        assertThat(appraiser.post(path + "/inputs/" + policeInput, answer).statusCode())
                .as("one who may read it knows it is not theirs").isEqualTo(403);
        WebClient commune = browser("commune");
        commune.get(path);
        assertThat(commune.post(path + "/inputs/" + departmentInput, answer).statusCode()).isEqualTo(403);
    }

    @Test
    void onlyThoseWhoMayReadItAskThePolice() {
        String another = open("99/BNG-CTPCP");
        WebClient admin = browser("admin");
        String police = "id=\"ask-" + ProvinceAgencies.police().id() + "\"";

        assertThat(admin.get(another).body()).contains("id=\"ask-" + department.id() + "\"").doesNotContain(police);
        assertThat(browser("focal").get(another).body()).contains(police);
        assertThat(admin.post(another + "/ask", Map.of("agencyIds", String.valueOf(ProvinceAgencies.police().id())))
                .statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from registry.permit_opinion_input where opinion = :id")
                .param("id", id(another)).query(Long.class).single()).isZero();
    }

    @Test
    void theTrailNeverHoldsThePolicesAnswerAndShowsItsTraceOnlyToItsReaders() {
        page("police");
        String row = "table=" + INPUT_TABLE + "&rowId=" + policeInput;

        assertThat(Trails.holding(POLICE_ANSWER)).isZero();
        assertThat(Trails.holding(DEPARTMENT_ANSWER)).as("other inputs are audited as usual").isPositive();
        assertThat(Trails.asReadBy(staff.get("admin"), port, row)).isEqualTo("[]");
        assertThat(Trails.asReadBy(staff.get("admin"), port, "table=" + INPUT_TABLE + "&rowId=" + departmentInput))
                .contains(DEPARTMENT_ANSWER);
        assertThat(Trails.asReadBy(staff.get("admin"), port, "actor=" + staff.get("police").username()))
                .doesNotContain(INPUT_TABLE, "\"READ\"", "DISAGREE", "registry.sealed_input");
        assertThat(Trails.asReadBy(staff.get("leader"), port, row)).contains("\"operation\":\"READ\"",
                "\"confidential\": true", staff.get("police").username()).doesNotContain(POLICE_ANSWER, "DISAGREE");
        assertThat(browser("admin").get("/app/audit?" + row).body()).contains(NOTHING_FOUND);
        assertThat(browser("leader").get("/app/audit?" + row).body()).contains("Đọc bản ghi mật")
                .doesNotContain(NOTHING_FOUND, POLICE_ANSWER);
    }

    @Test
    void thePoliceAreToldInASealedNoticeThatNoMailOrAdministratorSees() {
        String police = staff.get("police").username();
        List<Long> notices = jdbc.sql("select id from notification.inbox_item where recipient = :police and link = :link")
                .param("police", police).param("link", path).query(Long.class).list();

        assertThat(notices).hasSize(1);
        assertThat(Trails.asReadBy(staff.get("admin"), port, "table=notification.inbox_item&rowId=" + notices.get(0)))
                .isEqualTo("[]");
        assertThat(Trails.asReadBy(staff.get("leader"), port, "table=notification.inbox_item&rowId=" + notices.get(0)))
                .contains(police);
        assertThat(jdbc.sql("select count(*) from notification.mail where recipient_username = :police")
                .param("police", police).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification.inbox_item where recipient = :officer and link = :link")
                .param("officer", staff.get("department").username()).param("link", path).query(Long.class).single())
                .as("other agencies are told as before").isEqualTo(1);
    }

    @Test
    void theSearchNeverHoldsThePolicesAnswer() {
        for (String user : List.of("police", "focal", "admin", "department", "leader")) {
            HttpResponse<String> found = WebClient.api(port, "GET", "/api/v1/search?q=MATCONGAN" + TOKEN,
                    staff.get(user).token(), null);
            assertThat(found.body()).as(user).isEqualTo("[]");
        }
        assertThat(jdbc.sql("select count(*) from search.document where coalesce(body, '') || title || "
                + "coalesce(subtitle, '') like '%' || :token || '%'").param("token", TOKEN).query(Long.class).single())
                .isZero();
    }

    private String open(String reference) {
        long organisation = Ngos.anNgo().register().id();
        WebClient focal = browser("focal");
        focal.get("/app/registry/opinions/new");
        return location(focal.post("/app/registry/opinions/new", Map.of("organisation", String.valueOf(organisation),
                "application", "NEW", "ministryReference", reference, "receivedOn", "2026-02-10")))
                .replace("http://localhost:" + port, "");
    }

    private void ask(String opinion, long... agencies) {
        WebClient focal = browser("focal");
        for (long agency : agencies) {
            focal.get(opinion);
            focal.post(opinion + "/ask", Map.of("agencyIds", String.valueOf(agency)));
        }
    }

    private void answer(String who, long input, String answer, String text) {
        WebClient client = browser(who);
        client.get(path);
        assertThat(location(client.post(path + "/inputs/" + input, Map.of("answer", answer, "answerText", text))))
                .as(who).endsWith(path);
    }

    private long input(String opinion, long agency) {
        return jdbc.sql("select id from registry.permit_opinion_input where opinion = :id and agency_id = :agency")
                .param("id", id(opinion)).param("agency", agency).query(Long.class).single();
    }

    private String page(String who) {
        HttpResponse<String> page = browser(who).get(path);
        assertThat(page.statusCode()).as(who).isEqualTo(200);
        return page.body();
    }

    private WebClient browser(String who) {
        return staff.get(who).browser(port);
    }

    private long reads(String who) {
        return Trails.reads(INPUT_TABLE, policeInput, staff.get(who).username());
    }

    private static long id(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
