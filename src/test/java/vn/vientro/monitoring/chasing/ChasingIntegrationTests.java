package vn.vientro.monitoring.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.Duties;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.notification.Inboxes;
import vn.vientro.shared.Role;
import vn.vientro.registry.Ngos;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * The daily chasing of unsubmitted reports: a reminder before the due date, a chase once overdue, escalations to the
 * governing agency's leaders after 30 days and to the provincial leaders after 60; running it twice sends nothing twice.
 * The reminder letter to an owner listing its overdue reports.
 */
@VientroIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChasingIntegrationTests {

    /** Planned from 1 March 2026: the first half-year's progress report is due on 10 July 2026. */
    static final LocalDate DUE = LocalDate.of(2026, 7, 10);
    static final String HALF_YEAR = "Báo cáo tình hình thực hiện 6 tháng";

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Autowired
    ChasingJob job;

    @Autowired
    JdbcClient jdbc;

    String code;
    Staff governingLeader;

    @BeforeAll
    void anApprovedItemWithALeaderInItsGoverningAgency() {
        long item = fixtures.projectIn(port, "Dự án đôn đốc báo cáo", AidStatus.APPROVED);
        Duties.first(port, team, item, DutyKind.PROGRESS_HALF_YEAR);
        code = fixtures.item(port, item).path("item").path("code").asString();
        governingLeader = Staff.hire(Role.LEADER, team.governing().id());
    }

    @Test
    void eachStageIsSentOnceAtItsDaysAndTheEscalationsFollowTheDaysOverdue() {
        job.chase(DUE.minusDays(5));
        assertThat(job.chase(DUE.minusDays(5))).as("the same day again sends nothing").isZero();
        assertThat(ours(team.officer(), "due_soon")).singleElement().asString()
                .startsWith("Sắp đến hạn nộp " + HALF_YEAR + " (hạn 10/07/2026, còn 5 ngày)");

        job.chase(DUE.plusDays(10));
        job.chase(DUE.plusDays(11));
        assertThat(ours(team.officer(), "overdue")).singleElement().asString().contains("đã quá hạn 10 ngày");
        assertThat(ours(team.focal(), "overdue")).hasSize(1);
        assertThat(ours(governingLeader, "governing_leader")).as("not before 30 days").isEmpty();

        job.chase(DUE.plusDays(30));
        assertThat(ours(governingLeader, "governing_leader")).singleElement().asString().contains("quá hạn 30 ngày");
        assertThat(ours(governingLeader, "provincial_leader")).isEmpty();

        job.chase(DUE.plusDays(61));
        job.chase(DUE.plusDays(61));
        assertThat(ours(governingLeader, "provincial_leader")).singleElement().asString()
                .startsWith("Báo cáo lãnh đạo UBND tỉnh");
        assertThat(ours(governingLeader, "governing_leader")).hasSize(1);
        assertThat(ours(team.officer(), "overdue")).hasSize(1);
    }

    @Test
    void theReminderLetterListsTheOwnersOverdueReportsInTheDecree30Layout() throws Exception {
        String path = "/app/monitoring/duties/reminder-letter?owner=" + team.owner().id();
        HttpResponse<byte[]> response = download(team.focal(), path);

        assertThat(response.statusCode()).isEqualTo(200);
        try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(response.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(letter)) {
            String text = extractor.getText();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "V/v đôn đốc nộp báo cáo",
                    "Kính gửi: " + team.owner().nameVi(), code, "Dự án đôn đốc báo cáo",
                    HALF_YEAR + " kỳ từ ngày 01/03/2026 đến ngày 30/06/2026", "hạn nộp ngày 10/07/2026",
                    "đã quá hạn " + java.time.temporal.ChronoUnit.DAYS.between(DUE, Today.inProvince()) + " ngày",
                    "KT. GIÁM ĐỐC");
            assertThat(letter.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0)
                    .getFontFamily()).isEqualTo("Times New Roman");
        }
        assertThat(download(team.officer(), path).statusCode()).as("the focal point chases, not the owner")
                .isEqualTo(403);
        assertThat(team.focal().browser(port).get("/app/monitoring/duties?owner=" + team.owner().id()).body())
                .contains("Tải công văn đôn đốc (.docx)", "reminder-letter?owner=" + team.owner().id());
    }

    private HttpResponse<byte[]> download(Staff person, String path) throws Exception {
        WebClient browser = person.browser(port);
        browser.get("/app");
        String session = browser.cookie("SESSION").orElseThrow();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aForeignNgosAnnualReportIsRemindedThenChasedOnceWithTheFocalPoint() {
        Ngos.Ngo ngo = Ngos.anNgo().withPermitUntil(LocalDate.of(2027, 6, 30)).withoutAnnualReport().register();
        LocalDate due = LocalDate.of(2025, 12, 18);

        job.chase(due.minusDays(8));
        job.chase(due.minusDays(8));
        Events.settle();
        assertThat(Inboxes.subjects(team.focal().username(), "ngo-chase-due_soon")).as("one notice for all of them")
                .filteredOn(subject -> subject.contains("gửi báo cáo năm (hạn 18/12/2025, còn 8 ngày)"))
                .singleElement().asString().startsWith("Sắp đến hạn ").contains(" tổ chức PCPNN ");

        job.chase(due.plusDays(3));
        job.chase(due.plusDays(4));
        // every other report overdue that day is copied to the focal point too: read the ledger, not the inbox
        assertThat(jdbc.sql("""
                select stage || ' ' || sent_on from monitoring.ngo_chase_sent
                 where organisation_id = :organisation and kind = 'ANNUAL_REPORT' and due_on = :due order by stage
                """).param("organisation", ngo.id()).param("due", due).query(String.class).list())
                .containsExactly("DUE_SOON 2025-12-10", "OVERDUE 2025-12-21");
        assertThat(Inboxes.subjects(team.officer().username(), "ngo-chase-overdue")).as("the focal point's to chase")
                .isEmpty();
    }

    /** The notices of this item's half-year progress report in the person's inbox, of one stage. */
    private List<String> ours(Staff person, String stage) {
        Events.settle();
        return Inboxes.subjects(person.username(), "report-chase-" + stage).stream()
                .filter(subject -> subject.contains(code) && subject.contains(HALF_YEAR)).toList();
    }
}
