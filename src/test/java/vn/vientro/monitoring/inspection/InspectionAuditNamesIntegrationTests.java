package vn.vientro.monitoring.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.InspectionPlans;
import vn.vientro.testing.VientroIntegrationTest;

/** The audit log names an inspection's rows, its checklist's among them, by the inspection's title. */
@VientroIntegrationTest
class InspectionAuditNamesIntegrationTests {

    @LocalServerPort
    int port;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @Test
    void theAuditLogNamesAnInspectionsRowsByItsTitle() {
        long item = fixtures.projectIn(port, "Dự án ghi nhật ký kiểm tra", AidStatus.APPROVED);
        long inspection = InspectionPlans.ofItem(port, team.focal(), item, "Kiểm tra ghi nhật ký",
                List.of(Staff.appraiser()));
        String log = Jsoup.parse(Staff.admin().browser(port)
                .get("/app/audit?table=monitoring.inspection&rowId=" + inspection).body())
                .select("#entry-rows, tbody").text();
        assertThat(log).contains("Cuộc kiểm tra", "Kiểm tra ghi nhật ký");
    }
}
