package vn.vientro.registry.organisation;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.registry.NgoDutyQueries;
import vn.vientro.registry.Ngos;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three ways an organisation stops working in the province (DOMAIN.md §7) are statuses of their own, each with
 * its decision; an organisation that ended owes no more annual reports.
 */
@VientroIntegrationTest
class OrganisationEndIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationRegistry organisations;

    @Autowired
    NgoDutyQueries duties;

    @Autowired
    Clock clock;

    @Test
    void aRevokedPaperIsRecordedWithTheMinistrysDecisionAndEndsTheAnnualReportDuty() {
        LocalDate today = LocalDate.now(clock);
        Ngos.Ngo ngo = Ngos.anNgo().withPermitUntil(today.plusYears(2)).register();
        LocalDate dueOn = LocalDate.of(today.getYear(), 12, 18);
        assertThat(duties.annualReports(ngo.id(), dueOn)).hasSize(1);

        SystemAuthentication.asAdministrator("system:test", () -> {
            organisations.changeStatus(ngo.id(), organisations.get(ngo.id()).version(), new StatusChange(
                    OrganisationStatus.REVOKED, "Bộ Ngoại giao thu hồi giấy đăng ký", "1234/QĐ-BNG",
                    today.minusDays(2)));
            return null;
        });

        assertThat(duties.annualReports(ngo.id(), dueOn)).isEmpty();
        String page = Staff.focalPoint().browser(port).get("/app/registry/organisations/" + ngo.id() + "?tab=history")
                .body();
        assertThat(page).contains("Bị thu hồi giấy đăng ký", "1234/QĐ-BNG");
    }

    @Test
    void everyWayOfEndingIsAnEndAndNoOtherStatusIs() {
        assertThat(OrganisationStatus.values()).filteredOn(OrganisationStatus::ended).containsExactly(
                OrganisationStatus.TERMINATED, OrganisationStatus.REVOKED, OrganisationStatus.EXPIRED);
    }
}
