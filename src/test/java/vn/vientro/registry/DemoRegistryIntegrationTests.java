package vn.vientro.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.registry.contact.ContactFilter;
import vn.vientro.registry.contact.ContactView;
import vn.vientro.registry.contact.Contacts;
import vn.vientro.registry.organisation.OrganisationFilter;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.OrganisationView;
import vn.vientro.registry.permit.PermitView;
import vn.vientro.registry.permit.Permits;
import vn.vientro.testing.DemoIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the demo registry promises a visitor: the seed documents' organisations with papers dated from today, so that
 * one expires soon, one plan is overdue, one annual report is missing and one NGO works without a valid paper; and a
 * dozen contacts with their interactions.
 */
@DemoIntegrationTest
class DemoRegistryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationRegistry organisations;

    @Autowired
    Permits permits;

    @Autowired
    Contacts contacts;

    @Autowired
    Clock clock;

    @Test
    void theSeedOrganisationsStandWithTheirPapers() {
        List<OrganisationView> all = admin(() -> organisations.list(OrganisationFilter.all()).rows());
        assertThat(all).hasSize(13);
        assertThat(all).extracting(OrganisationView::abbreviation)
                .contains("VNAH", "HPA", "GF", "UNOPS", "PSI", "AHF", "KFHI", "SC", "Plan", "Oxfam", "WVI");
        assertThat(all).filteredOn(o -> "SC".equals(o.abbreviation())).singleElement()
                .satisfies(sc -> assertThat(sc.iatiIdentifier()).isEqualTo("GB-CHC-213890"));
        PermitView vnah = admin(() -> permits.expiringWithin(30)).stream()
                .filter(permit -> permit.number().equals("125/GĐK-BNG")).findFirst().orElseThrow();
        // dated from the day the demo was loaded: today, or yesterday if the suite crossed the province's midnight
        LocalDate today = LocalDate.now(clock);
        assertThat(vnah.validUntil()).isIn(today.plusDays(25), today.minusDays(1).plusDays(25));
    }

    @Test
    void theAttentionListShowsEveryKindOfDutyTheDemoMisses() {
        String attention = WebClient.signedIn(port, "focal").get("/app/registry/attention").body();
        assertThat(attention).contains("Hết hạn sau 25 ngày").contains("Kế hoạch quá hạn")
                .contains("Chưa nộp báo cáo năm").contains("Không có giấy đăng ký còn hiệu lực");
    }

    @Test
    void aDozenContactsAreLoggedWithTheirOrganisations() {
        List<ContactView> all = admin(() -> contacts.list(ContactFilter.all()).rows());
        assertThat(all).hasSize(12);
        ContactView ha = all.stream().filter(c -> c.fullName().equals("Nguyễn Thị Thu Hà")).findFirst().orElseThrow();
        assertThat(admin(() -> organisations.get(ha.organisationId())).abbreviation()).isEqualTo("VNAH");
        assertThat(admin(() -> contacts.interactions(ha.id()))).hasSize(2);
    }

    private static <T> T admin(java.util.function.Supplier<T> read) {
        return SystemAuthentication.asAdministrator("system:test", read);
    }
}
