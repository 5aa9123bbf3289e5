package vn.vientro.monitoring.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.InspectionPlans;
import vn.vientro.notification.Inboxes;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

/**
 * Who is told of an inspection: its team when it is planned, the inspected owner's officers when it is announced (not
 * an ad hoc one), and both once it is concluded and its findings reach the owner.
 */
@VientroIntegrationTest
class InspectionNoticesIntegrationTests {

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @LocalServerPort
    int port;

    @Test
    void theTeamAndTheOwnerAreToldOfAScheduledInspectionAndOfItsConclusion() {
        long item = fixtures.projectIn(port, "Dự án được thông báo kiểm tra", AidStatus.APPROVED);
        Staff inspector = Staff.appraiser();
        long inspection = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra định kỳ dự án nước sạch",
                List.of(inspector));

        assertThat(Inboxes.subjects(inspector.username(), "inspection-team"))
                .anySatisfy(subject -> assertThat(subject).contains("Kiểm tra định kỳ dự án nước sạch"));
        assertThat(Inboxes.subjects(team.officer().username(), "inspection-announced"))
                .anySatisfy(subject -> assertThat(subject).contains("Kiểm tra định kỳ dự án nước sạch"));
        assertThat(Inboxes.subjects(team.focal().username(), "inspection-team"))
                .noneSatisfy(subject -> assertThat(subject).contains("Kiểm tra định kỳ dự án nước sạch"));

        assertThat(InspectionPlans.step(port, inspection, "start", inspector, null).statusCode()).isEqualTo(200);
        assertThat(InspectionPlans.step(port, inspection, "conclude", team.leader(), "Đúng tiến độ").statusCode())
                .isEqualTo(200);
        for (Staff told : List.of(inspector, team.officer())) {
            assertThat(Inboxes.subjects(told.username(), "inspection-concluded")).as(told.username())
                    .anySatisfy(subject -> assertThat(subject).contains("Kiểm tra định kỳ dự án nước sạch"));
        }
    }

    @Test
    void anAdHocInspectionIsNotAnnouncedToTheOwner() {
        long item = fixtures.projectIn(port, "Dự án kiểm tra đột xuất", AidStatus.APPROVED);
        Staff inspector = Staff.appraiser();
        LocalDate today = LocalDate.now();
        HttpResponse<String> planned = WebClient.api(port, "POST", "/api/v1/inspections", team.focal().token(), """
                {"planYear": %d, "type": "AD_HOC", "title": "Kiểm tra đột xuất kho vật tư", "subjectKind": "AID_ITEM",
                 "aidItemId": %d, "startsOn": "%s", "endsOn": "%s", "teamUserIds": [%d]}"""
                .formatted(today.getYear(), item, today, today.plusDays(1), inspector.id()));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);

        assertThat(Inboxes.subjects(inspector.username(), "inspection-team"))
                .anySatisfy(subject -> assertThat(subject).contains("Kiểm tra đột xuất kho vật tư"));
        assertThat(Inboxes.subjects(team.officer().username(), "inspection-announced"))
                .noneSatisfy(subject -> assertThat(subject).contains("Kiểm tra đột xuất kho vật tư"));
    }
}
