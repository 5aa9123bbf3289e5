package vn.vientro.monitoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.identity.Staff;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * Evaluations over the API: recorded by the focal point or the item's owner with a line per criterion, corrected at
 * the version seen, their report file checked as the dossier's files are; read only by the item's readers, in the
 * list, by number and in the search.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationApiIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    EvaluationFixtures evaluations;
    long item;

    @BeforeAll
    void anApprovedItem() {
        evaluations = new EvaluationFixtures(port);
        item = fixtures.projectIn(port, "Dự án được đánh giá giữa kỳ", AidStatus.APPROVED);
    }

    @Test
    void theFocalPointRecordsAMidTermEvaluationWithEveryCriterionInOrder() {
        JsonNode recorded = evaluations.recorded(item, team.focal().token(), "Công ty Tư vấn Phát triển Bền Vững",
                "Cần huy động cộng đồng từ đầu");

        assertThat(recorded.path("kind").asString()).isEqualTo("MID_TERM");
        assertThat(recorded.path("itemId").asLong()).isEqualTo(item);
        assertThat(recorded.path("ownerAgencyId").asLong()).isEqualTo(team.owner().id());
        JsonNode ratings = recorded.path("ratings");
        assertThat(ratings).hasSize(6);
        assertThat(ratings.get(0).path("criterion").asString()).isEqualTo("RELEVANCE");
        assertThat(ratings.get(0).path("rating").asString()).isEqualTo("HIGHLY_SATISFACTORY");
        assertThat(ratings.get(0).path("comment").asString()).isEqualTo("Đáp ứng đúng nhu cầu \"cấp thiết\" của xã");
        assertThat(ratings.get(1).path("criterion").asString()).isEqualTo("COHERENCE");
        assertThat(ratings.get(1).hasNonNull("rating")).as("not judged").isFalse();
        assertThat(ratings.get(4).path("criterion").asString()).isEqualTo("IMPACT");
        assertThat(ratings.get(4).hasNonNull("rating")).isFalse();
        assertThat(ratings.get(4).path("comment").asString()).isEqualTo("Chưa đánh giá được ở giữa kỳ");

        JsonNode list = evaluations.ok("GET", "?item=" + item, team.officer().token(), null, 200);
        assertThat(list.path("rows").valueStream().map(row -> row.path("id").asLong()))
                .contains(recorded.path("id").asLong());
        JsonNode row = list.path("rows").valueStream()
                .filter(each -> each.path("id").asLong() == recorded.path("id").asLong()).findFirst().orElseThrow();
        assertThat(row.path("averageScore").decimalValue()).as("(4 + 3) / 2").isEqualByComparingTo("3.5");
    }

    @Test
    void refusesAnEvaluationWithEveryMistakeAtItsField() {
        HttpResponse<String> empty = evaluations.call("POST", "", team.focal().token(), """
                {"ratings": [{"criterion": "RELEVANCE"}, {"criterion": "RELEVANCE"}]}""");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("itemId", "kind", "evaluator", "evaluatedOn", "ratings[1].criterion");

        long draft = fixtures.draftProject(port, "Dự án chưa được duyệt");
        HttpResponse<String> notApproved = evaluations.call("POST", "", team.focal().token(),
                EvaluationFixtures.midTerm(draft, "Chuyên gia độc lập", ""));
        assertThat(notApproved.statusCode()).as(notApproved.body()).isEqualTo(400);
        assertThat(notApproved.body()).contains("itemId");

        HttpResponse<String> future = evaluations.call("POST", "", team.focal().token(),
                EvaluationFixtures.midTerm(item, "Chuyên gia độc lập", "").replace("2026-06-15", "2099-01-01"));
        assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
        assertThat(future.body()).contains("evaluatedOn");
    }

    @Test
    void theOwnerCorrectsItsItemsEvaluationAtTheVersionItSaw() {
        JsonNode recorded = evaluations.recorded(item, team.officer().token(), "Đoàn đánh giá của nhà tài trợ", "");
        long id = recorded.path("id").asLong();
        long version = recorded.path("version").asLong();
        String corrected = """
                {"version": %d, "kind": "FINAL", "evaluator": "Đoàn đánh giá của nhà tài trợ",
                 "evaluatedOn": "2026-07-01", "lessons": "Bàn giao sớm cho xã",
                 "ratings": [{"criterion": "SUSTAINABILITY", "rating": "UNSATISFACTORY", "comment": "Thiếu kinh phí duy trì"}]}
                """;

        JsonNode updated = evaluations.ok("PUT", "/" + id, team.officer().token(), corrected.formatted(version), 200);
        assertThat(updated.path("kind").asString()).isEqualTo("FINAL");
        assertThat(updated.path("ratings").get(0).hasNonNull("rating")).as("a criterion left out").isFalse();
        assertThat(updated.path("ratings").get(5).path("rating").asString()).isEqualTo("UNSATISFACTORY");
        assertThat(updated.path("itemId").asLong()).isEqualTo(item);

        HttpResponse<String> stale = evaluations.call("PUT", "/" + id, team.focal().token(),
                corrected.formatted(version));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    }

    @Test
    void onlyTheItemsReadersReadItsEvaluations() {
        long id = evaluations.recorded(item, team.focal().token(), "Viện Nghiên cứu Y tế", "").path("id").asLong();
        Staff other = Staff.officerOf(team.otherDepartment().id());

        assertThat(evaluations.call("GET", "/" + id, team.leader().token(), null).statusCode()).isEqualTo(200);
        assertThat(evaluations.call("GET", "/" + id, other.token(), null).statusCode()).isEqualTo(403);
        assertThat(evaluations.call("PUT", "/" + id, other.token(), "{}").statusCode()).isEqualTo(403);
        assertThat(evaluations.call("PUT", "/" + id, team.leader().token(), "{}").statusCode()).isEqualTo(403);
        assertThat(evaluations.call("GET", "/987654321", team.focal().token(), null).statusCode()).isEqualTo(404);
        JsonNode theirs = evaluations.ok("GET", "?item=" + item, other.token(), null, 200);
        assertThat(theirs.path("total").asLong()).isZero();
        HttpResponse<String> notTheirs = evaluations.call("POST", "", other.token(),
                EvaluationFixtures.midTerm(item, "Chuyên gia", ""));
        assertThat(notTheirs.statusCode()).as("another department's item").isEqualTo(403);
    }

    @Test
    void keepsAPdfOrWordReportAndRefusesAnyOtherFile() {
        JsonNode recorded = evaluations.recorded(item, team.officer().token(), "Chuyên gia độc lập", "");
        long id = recorded.path("id").asLong();

        HttpResponse<String> program = evaluations.attach(id, team.officer().token(),
                recorded.path("version").asLong(), "bao-cao.pdf", Samples.exe());
        assertThat(program.statusCode()).as(program.body()).isEqualTo(400);
        HttpResponse<String> kept = evaluations.attach(id, team.officer().token(),
                recorded.path("version").asLong(), "bao-cao-danh-gia.docx", Samples.docx("Báo cáo đánh giá"));
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(AidFixtures.read(kept.body()).path("reportFileName").asString()).isEqualTo("bao-cao-danh-gia.docx");

        HttpResponse<String> download = evaluations.call("GET", "/" + id + "/report-file", team.leader().token(), null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void theSearchFindsAnEvaluationByItsLessonsForItsReadersOnly() {
        String word = "hockinh" + Long.toString(System.nanoTime(), 36);
        long id = evaluations.recorded(item, team.focal().token(), "Chuyên gia độc lập", "Bài học " + word)
                .path("id").asLong();
        Events.settle();

        assertThat(found(word, team.officer().token())).contains("/app/monitoring/evaluations/" + id);
        String page = team.leader().browser(port).get("/app/search?q=" + word).body();
        assertThat(org.jsoup.Jsoup.parse(page).select(".badge").eachText()).as("the hit says what it is")
                .contains("Đánh giá khoản viện trợ");
        assertThat(found(word, team.leader().token())).contains("/app/monitoring/evaluations/" + id);
        assertThat(found(word, Staff.officerOf(team.otherDepartment().id()).token()))
                .doesNotContain("/app/monitoring/evaluations/" + id);
    }

    private String found(String word, String token) {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/search?q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8), token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
