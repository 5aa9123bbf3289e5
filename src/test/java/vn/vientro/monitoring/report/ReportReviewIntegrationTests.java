package vn.vientro.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.Samples;
import vn.vientro.monitoring.Duties;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.notification.Inboxes;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * An aid owner's report over the API: submitted with its signed file, returned with comments, submitted again and
 * accepted, every version kept; its days late; the duty following each step; the notices each step sends.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportReviewIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    ReportFixtures reports;
    long item;

    @BeforeAll
    void anApprovedItem() {
        reports = new ReportFixtures(port);
        item = fixtures.projectIn(port, "Dự án báo cáo định kỳ", AidStatus.APPROVED);
    }

    @Test
    void aReturnedReportIsSubmittedAgainAndAcceptedWithEveryVersionKept() {
        long duty = Duties.first(port, team, item, DutyKind.SETTLEMENT_HALF_YEAR);
        String officer = team.officer().token();

        JsonNode first = reports.submitted(duty, officer, "Đã tổ chức 3 lớp tập huấn");
        assertThat(first.path("status").asString()).isEqualTo("SUBMITTED");
        // planned from 1 March 2026: the first half-year's settlement was due on 10 July 2026, in calendar days
        long late = ChronoUnit.DAYS.between(LocalDate.of(2026, 7, 10), LocalDate.now(clock));
        assertThat(first.path("daysLate").asLong()).isEqualTo(late);
        assertThat(dutyRow(duty).path("review").asString()).isEqualTo("SUBMITTED");
        assertThat(dutyRow(duty).path("status").asString()).isEqualTo("DONE");

        HttpResponse<String> silent = reports.call("POST", duty + "/return", team.focal().token(),
                "{\"version\": " + first.path("version").asLong() + "}");
        assertThat(silent.statusCode()).as("a return says why").isEqualTo(400);
        reports.decide(duty, team.focal().token(), "return", "Thiếu chứng từ chi tháng 5");
        assertThat(dutyRow(duty).path("review").asString()).isEqualTo("RETURNED");
        assertThat(dutyRow(duty).path("status").asString()).as("owed again").isEqualTo("OVERDUE");

        JsonNode second = reports.submitted(duty, officer, "Đã tổ chức 3 lớp tập huấn, bổ sung chứng từ");
        assertThat(second.path("submissions").asInt()).isEqualTo(2);
        JsonNode accepted = reports.decide(duty, team.focal().token(), "accept", "");

        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode steps = accepted.path("steps");
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).path("content").path("activities").asString()).isEqualTo("Đã tổ chức 3 lớp tập huấn");
        assertThat(steps.get(0).path("daysLate").asLong()).isEqualTo(late);
        assertThat(steps.get(1).path("action").asString()).isEqualTo("RETURN");
        assertThat(steps.get(1).path("comments").asString()).isEqualTo("Thiếu chứng từ chi tháng 5");
        assertThat(steps.get(2).path("number").asInt()).isEqualTo(2);
        assertThat(steps.get(2).path("content").path("activities").asString()).endsWith("bổ sung chứng từ");
        assertThat(steps.get(3).path("action").asString()).isEqualTo("ACCEPT");
        assertThat(dutyRow(duty).path("review").asString()).isEqualTo("ACCEPTED");
        String page = team.focal().browser(port).get("/app/monitoring/duties/" + duty + "/report").body();
        assertThat(org.jsoup.Jsoup.parse(page).text()).as("people by their names, not their logins")
                .contains("người nộp " + team.officer().fullName()).contains(team.focal().fullName())
                .doesNotContain("người nộp " + team.officer().username());
        HttpResponse<String> closed = reports.call("PUT", Long.toString(duty), officer,
                "{\"version\": " + accepted.path("version").asLong() + ", \"activities\": \"Sửa sau khi duyệt\"}");
        assertThat(closed.statusCode()).as("an accepted report is closed").isEqualTo(409);
        assertThat(AidFixtures.read(closed.body()).path("type").asString()).endsWith("/problems/report-step-refused");
    }

    @Test
    void eachStepTellsTheOtherSide() {
        long duty = Duties.first(port, team, item, DutyKind.PROGRESS_HALF_YEAR);
        reports.submitted(duty, team.officer().token(), "Hoạt động 6 tháng đầu năm");
        reports.decide(duty, team.focal().token(), "return", "Bổ sung số người hưởng lợi");
        Events.settle();

        assertThat(Inboxes.subjects(team.focal().username(), "report-submitted"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Báo cáo đã được nộp (lần 1)"));
        assertThat(Inboxes.subjects(team.officer().username(), "report-returned"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Báo cáo bị trả lại để chỉnh sửa (lần 1)"));
    }

    @Test
    void aSubmissionNeedsTheActivitiesAndTheSignedFileAllAtOnce() {
        long duty = Duties.first(port, team, item, DutyKind.PROGRESS_ANNUAL);
        JsonNode draft = reports.draft(duty, team.officer().token(), null, "");

        HttpResponse<String> refused = reports.call("POST", duty + "/submit", team.officer().token(),
                "{\"version\": " + draft.path("version").asLong() + "}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("activities", "signedFile");
        HttpResponse<String> notAScan = reports.attach(duty, team.officer().token(), draft.path("version").asLong(),
                "bao-cao.docx", Samples.docx("Báo cáo"));
        assertThat(notAScan.statusCode()).as("a signed copy is a PDF or a picture").isEqualTo(400);
    }

    @Test
    void aStaleVersionIsRefused() {
        long duty = Duties.first(port, team, item, DutyKind.SETTLEMENT_ANNUAL);
        JsonNode draft = reports.draft(duty, team.officer().token(), null, "Bản nháp thứ nhất");
        long seen = draft.path("version").asLong();
        reports.draft(duty, team.officer().token(), seen, "Bản nháp thứ hai");

        HttpResponse<String> stale = reports.call("PUT", Long.toString(duty), team.officer().token(),
                "{\"version\": " + seen + ", \"activities\": \"Ghi đè\"}");
        HttpResponse<String> blind = reports.call("PUT", Long.toString(duty), team.officer().token(),
                "{\"activities\": \"Không biết đã có bản nháp\"}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(AidFixtures.read(stale.body()).path("type").asString()).endsWith("/problems/stale-version");
        assertThat(blind.statusCode()).isEqualTo(409);
        assertThat(reports.get(duty, team.officer().token()).path("content").path("activities").asString())
                .isEqualTo("Bản nháp thứ hai");
    }

    private JsonNode dutyRow(long duty) {
        HttpResponse<String> response = WebClient.api(port, "GET", "/api/v1/report-duties?item=" + item,
                team.focal().token(), null);
        for (JsonNode row : AidFixtures.read(response.body()).path("rows")) {
            if (row.path("id").asLong() == duty && row.path("reportLink").isString()) {
                return row;
            }
        }
        throw new AssertionError("no duty " + duty);
    }
}
