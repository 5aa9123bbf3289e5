package vn.vientro.monitoring.duty;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.Staff;
import vn.vientro.monitoring.Duties;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log names a reporting duty by its kind and its item's code, linked to its report. */
@VientroIntegrationTest
class DutyAuditNamesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static final AidTeam team = new AidTeam();
    final AidFixtures fixtures = new AidFixtures(team);

    @Test
    void theAuditLogNamesADutyByItsKindAndItem() {
        long item = fixtures.projectIn(port, "Dự án ghi nhật ký nghĩa vụ", AidStatus.APPROVED);
        long duty = Duties.first(port, team, item, DutyKind.PROGRESS_HALF_YEAR);
        String code = jdbc.sql("select code from aid.aid_item where id = :id").param("id", item).query(String.class)
                .single();
        String log = Jsoup.parse(Staff.admin().browser(port)
                .get("/app/audit?table=monitoring.report_duty&rowId=" + duty).body()).select("#entry-rows, tbody").text();
        assertThat(log).contains("Nghĩa vụ báo cáo").contains("Báo cáo tình hình thực hiện 6 tháng · " + code);
    }
}
