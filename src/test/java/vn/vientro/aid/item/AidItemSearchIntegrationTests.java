package vn.vientro.aid.item;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.AidFixtures;
import vn.vientro.aid.AidTeam;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.reference.AdminUnits;
import vn.vientro.registry.Ngos;
import vn.vientro.registry.organisation.OrganisationDetails;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.organisation.OrganisationView;
import vn.vientro.testing.Events;
import vn.vientro.testing.Unique;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An aid item is found by the names of all it refers to, as they are named today: its agencies, partners, communes
 * (also by the old units they were formed from) and sectors.
 */
@VientroIntegrationTest
class AidItemSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AdminUnits adminUnits;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    static final AidTeam team = new AidTeam();
    static final AidFixtures items = new AidFixtures(team);

    @Test
    void findsAnItemByItsOwnerAgencyPartnerAndTheOldNameOfItsCommune() {
        Ngos.Ngo partner = Ngos.anNgo().named("Hope Fund " + Unique.number(), "Quỹ Hy vọng " + Unique.number())
                .register();
        String coDonor = "\"parties\":[{\"role\":\"CO_DONOR\",\"organisationId\":%d,\"name\":\"%s\"}],"
                .formatted(partner.id(), partner.nameVi());
        long id = items.draft(port, team.officer().token(), items.projectJson("TECHNICAL_ASSISTANCE",
                "Nâng cấp trạm y tế " + Unique.number(), "250000", "USD").replace("\"publicGroups\"",
                coDonor + "\"publicGroups\""));
        String commune = items.communes(1).get(0);
        String oldCommune = adminUnits.predecessors(commune).get(0).unit().nameVi();

        assertThat(ids(team.owner().nameVi())).as("owner agency").contains(id);
        assertThat(ids(team.owner().nameEn())).as("owner agency in English").contains(id);
        assertThat(ids(partner.nameOriginal())).as("co-donor").contains(id);
        assertThat(ids(team.owner().nameVi() + " " + oldCommune)).as("an old commune it was formed from").contains(id);
    }

    @Test
    void findsAnItemByItsDonorsNameAfterTheDonorWasRenamed() {
        long id = items.draftProject(port, "Nước sạch cho trường học " + Unique.number());
        String renamed = "Tổ chức Giếng nước " + Unique.number();
        OrganisationRegistry registry = context.getBean(OrganisationRegistry.class);
        SystemAuthentication.asAdministrator("system:test", () -> {
            OrganisationView donor = registry.get(team.donor().id());
            OrganisationDetails details = donor.details();
            registry.update(donor.id(), donor.version(), new OrganisationDetails(details.kind(),
                    details.nameOriginal(), details.nameEn(), renamed, details.abbreviation(), details.countryCode(),
                    details.iatiIdentifier(), details.iatiOrgType(), details.website(), details.addressAbroad(),
                    details.addressVn(), details.phone(), details.email(), details.headOfOffice(),
                    details.sectorCodes(), details.priorityFields(), details.communeCodes(), details.notes()));
            return null;
        });
        assertThat(ids(renamed)).contains(id);
    }

    @Test
    void takesTheSectorsCurrentNamesWhenTheCodelistsAreReloaded() throws Exception {
        String stale = "Tên cũ chăm sóc ban đầu " + Unique.number();
        jdbc.sql("update reference.codelist_item set name_vi = :stale where list = 'Sector' and code = '12220'")
                .param("stale", stale).update();
        long id = items.draftProject(port, "Phòng khám lưu động " + Unique.number());
        assertThat(ids(stale)).as("indexed with the name of the time").contains(id);

        jdbc.sql("update reference.dataset set checksum = 'an older release' where name = 'iati-codelists'").update();
        context.getBean("codelistLoader", ApplicationRunner.class).run(new DefaultApplicationArguments());

        assertThat(ids(stale)).as("the old name is gone").doesNotContain(id);
        String current = jdbc.sql("select name_vi from reference.codelist_item where list = 'Sector' and code = '12220'")
                .query(String.class).single();
        assertThat(ids(current + " " + team.owner().nameVi())).contains(id);
    }

    private List<Long> ids(String query) {
        Events.settle();
        String body = WebClient.api(port, "GET", "/api/v1/search?type=aid-item&limit=50&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), team.focal().token(), null).body();
        return AidFixtures.read(body).valueStream().map(hit -> hit.path("id").asLong()).toList();
    }
}
