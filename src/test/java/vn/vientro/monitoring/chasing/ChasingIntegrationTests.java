package vn.vientro.monitoring.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.Duties;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.notification.Inboxes;
import vn.vientro.shared.Role;
import vn.vientro.testing.Events;
import vn.vientro.testing.VientroIntegrationTest;

/**
 * The daily chasing of unsubmitted reports: a reminder before the due date, a chase once overdue, escalations to the
 * governing agency's leaders after 30 days and to the provincial leaders after 60; running it twice sends nothing twice.
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

    /** The notices of this item's half-year progress report in the person's inbox, of one stage. */
    private List<String> ours(Staff person, String stage) {
        Events.settle();
        return Inboxes.subjects(person.username(), "report-chase-" + stage).stream()
                .filter(subject -> subject.contains(code) && subject.contains(HALF_YEAR)).toList();
    }
}
