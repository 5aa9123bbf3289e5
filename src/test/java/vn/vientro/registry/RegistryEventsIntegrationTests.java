package vn.vientro.registry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.notification.Inboxes;
import vn.vientro.registry.contact.ContactKind;
import vn.vientro.registry.opinion.PermitOpinions;
import vn.vientro.registry.organisation.OrganisationDetails;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.OrganisationView;
import vn.vientro.registry.permit.PermitDetails;
import vn.vientro.registry.permit.Permits;
import vn.vientro.testing.Events;
import vn.vientro.testing.Today;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Side effects of registry writes follow their events: once the write committed, listeners index what changed and
 * tell whom it concerns. What rolls back tells nobody and leaves the index alone.
 */
@VientroIntegrationTest
@EnableScenarios
class RegistryEventsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PermitOpinions opinions;

    @Autowired
    OrganisationRegistry organisations;

    @Autowired
    Permits permits;

    @Autowired
    TransactionTemplate transactions;

    final Staff focal = Staff.focalPoint();

    @Test
    void anInputRequestIsPublishedAndTheAskedAgencyIsToldOnceItCommitted(Scenario scenario) {
        AgencyView department = ProvinceAgencies.newLineDepartment();
        Staff officer = Staff.officerOf(department.id());
        Ngos.Ngo ngo = Ngos.anNgo().register();
        long opinion = focal.acting(() -> opinions.open(ngo.id(), "EXTENSION", "4321/BNG-CTPCP", Today.inProvince()));
        scenario.stimulate(() -> focal.acting(() -> {
                    opinions.ask(opinion, List.of(department.id()), Today.inProvince());
                    return null;
                }))
                .andWaitForEventOfType(PermitOpinionInputRequested.class)
                .matching(requested -> requested.opinionId() == opinion)
                .toArriveAndVerify(requested -> {
                    assertThat(requested.agencyId()).isEqualTo(department.id());
                    assertThat(requested.dueOn()).isAfter(Today.inProvince());
                });
        assertThat(Inboxes.subjects(officer.username(), "registry-opinion"))
                .anyMatch(subject -> subject.contains(ngo.nameVi()));
    }

    @Test
    void aPaperRecordedIsPublishedAndTheOrganisationLosesItsFlagInTheSearch(Scenario scenario) {
        String word = "sukiengiay" + Unique.number();
        String name = "Tổ chức " + word;
        Ngos.Ngo ngo = Ngos.anNgo().named("Event paper NGO " + word, name).register();
        assertThat(search(word)).contains(name).contains("Không có giấy đăng ký còn hiệu lực");
        scenario.stimulate(() -> focal.acting(() -> permits.record(ngo.id(), paper())))
                .andWaitForEventOfType(PermitRecorded.class)
                .matching(recorded -> recorded.organisationId() == ngo.id())
                .toArriveAndVerify(recorded -> assertThat(recorded.number()).startsWith("E"));
        assertThat(search(word)).contains(name).doesNotContain("Không có giấy đăng ký còn hiệu lực");
    }

    /** No nightly re-index: the contacts of a renamed organisation carry its new name once the change committed. */
    @Test
    void aRenamedOrganisationRenamesItsContactsInTheSearch() {
        Ngos.Ngo ngo = Ngos.anNgo().register();
        String person = "Lê Thị Sự Kiện " + Unique.number();
        People.aContact(ContactKind.NGO_STAFF, person).titled("Điều phối viên").of(ngo.id()).add();
        OrganisationView before = focal.acting(() -> organisations.get(ngo.id()));
        String renamed = "Tổ chức đổi tên " + Unique.number();
        OrganisationDetails details = before.details();
        focal.acting(() -> {
            organisations.update(ngo.id(), before.version(), new OrganisationDetails(details.kind(),
                    details.nameOriginal(), details.nameEn(), renamed, details.abbreviation(), details.countryCode(),
                    details.iatiIdentifier(), details.iatiOrgType(), details.website(), details.addressAbroad(),
                    details.addressVn(), details.phone(), details.email(), details.headOfOffice(),
                    details.sectorCodes(), details.priorityFields(), details.communeCodes(), details.notes()));
            return null;
        });
        assertThat(search(person)).contains(person).contains(renamed);
    }

    @Test
    void aRegistrationThatRolledBackLeavesTheIndexAlone() {
        String name = "Tổ chức hoàn tác " + Unique.number();
        OrganisationDetails details = new OrganisationDetails(OrganisationKind.FOREIGN_NGO, "Rolled back NGO", null,
                name, null, "US", null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), null);
        transactions.executeWithoutResult(status -> {
            focal.acting(() -> organisations.register(details, true));
            status.setRollbackOnly();
        });
        assertThat(search(name)).doesNotContain(name);
    }

    private PermitDetails paper() {
        String number = "E" + Unique.number() + "/GĐK-BNG";
        return new PermitDetails(PermitKind.OPERATION_REGISTRATION, number, "Bộ Ngoại giao",
                Today.inProvince().minusMonths(1), Today.inProvince().minusMonths(1),
                Today.inProvince().plusYears(2), null, List.of(), null);
    }

    private String search(String q) {
        Events.settle();
        return WebClient.api(port, "GET", "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                focal.token(), null).body();
    }
}
