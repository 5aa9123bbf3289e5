package vn.vientro.monitoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * The evaluations' pages: the form chooses among the items under monitoring and rates each criterion, shows every
 * mistake at its field keeping what was typed, and leads to the evaluation's page; the list filtered by the item, in
 * both languages; an officer of another agency neither lists nor opens it.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationPagesIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    long item;

    @BeforeAll
    void anApprovedItemUnderMonitoring() {
        item = fixtures.projectIn(port, "Dự án nước sạch được đánh giá cuối kỳ", AidStatus.APPROVED);
        Events.settle();
    }

    @Test
    void theOwnerRecordsAFinalEvaluationOnTheFormAndReadsItInBothLanguages() {
        WebClient officer = team.officer().browser(port);
        String form = officer.get("/app/monitoring/evaluations/new?item=" + item).body();
        assertThat(form).contains("Dự án nước sạch được đánh giá cuối kỳ", "Tính phù hợp", "Tính bền vững");

        HttpResponse<String> saved = officer.post("/app/monitoring/evaluations/new", evaluation("15/11/2026"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String path = WebClient.location(saved);
        assertThat(path).matches(".*/app/monitoring/evaluations/\\d+");
        String detail = path.substring(path.indexOf("/app/"));

        String vietnamese = officer.get(detail).body();
        assertThat(vietnamese).contains("Đánh giá cuối kỳ", "Trung tâm Tư vấn Nước sạch Miền Bắc", "15/11/2026",
                "4 · Rất hài lòng", "Giếng khoan phục vụ 300 hộ", "2 · Không hài lòng", "Chưa chấm",
                "Cần giao trách nhiệm bảo trì cho tổ hợp tác");
        String list = officer.get("/app/monitoring/evaluations?item=" + item).body();
        assertThat(list).contains("Trung tâm Tư vấn Nước sạch Miền Bắc", "3,0 / 4", "Đánh giá cuối kỳ");

        String english = officer.get(detail + "?lang=en").body();
        assertThat(english).contains("Final evaluation", "Relevance", "4 · Highly satisfactory", "Not rated",
                "Lessons learned");
        assertThat(officer.get("/app/monitoring/evaluations?item=" + item + "&lang=en").body())
                .contains("Mid-term and final evaluations", "Final evaluation");
    }

    @Test
    void theFormShowsEveryMistakeAtItsFieldAndKeepsWhatWasTyped() {
        WebClient focal = team.focal().browser(port);
        focal.get("/app/monitoring/evaluations/new");
        Map<String, String> typed = evaluation("01/01/2099");
        typed.put("evaluator", "");

        HttpResponse<String> refused = focal.post("/app/monitoring/evaluations/new", typed);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Hãy ghi người hoặc tổ chức đánh giá.",
                "Ngày đánh giá không được sau hôm nay.", "Giếng khoan phục vụ 300 hộ", "aria-invalid=\"true\"");
    }

    @Test
    void anOfficerOfAnotherAgencyNeitherListsNorOpensTheEvaluation() {
        WebClient officer = team.officer().browser(port);
        officer.get("/app/monitoring/evaluations/new");
        String path = WebClient.location(officer.post("/app/monitoring/evaluations/new", evaluation("10/10/2026")));
        String detail = path.substring(path.indexOf("/app/"));

        WebClient other = Staff.officerOf(team.otherDepartment().id()).browser(port);
        assertThat(other.get(detail).statusCode()).isEqualTo(403);
        assertThat(other.get("/app/monitoring/evaluations?item=" + item).body())
                .doesNotContain("Trung tâm Tư vấn Nước sạch Miền Bắc");
        assertThat(other.get("/app/monitoring/evaluations/new").body())
                .doesNotContain("Dự án nước sạch được đánh giá cuối kỳ");
    }

    private Map<String, String> evaluation(String on) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("itemId", Long.toString(item));
        form.put("kind", "FINAL");
        form.put("evaluator", "Trung tâm Tư vấn Nước sạch Miền Bắc");
        form.put("evaluatedOn", on);
        String[] criteria = {"RELEVANCE", "COHERENCE", "EFFECTIVENESS", "EFFICIENCY", "IMPACT", "SUSTAINABILITY"};
        for (int i = 0; i < criteria.length; i++) {
            form.put("ratings[" + i + "].criterion", criteria[i]);
            form.put("ratings[" + i + "].rating", "");
            form.put("ratings[" + i + "].comment", "");
        }
        form.put("ratings[0].rating", "HIGHLY_SATISFACTORY");
        form.put("ratings[0].comment", "Giếng khoan phục vụ 300 hộ");
        form.put("ratings[5].rating", "UNSATISFACTORY");
        form.put("lessons", "Cần giao trách nhiệm bảo trì cho tổ hợp tác");
        return form;
    }
}
