package vn.vientro.registry.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.registry.FunderProfile;
import vn.vientro.registry.Ngos;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.Registry;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The possible funders are answered from a snapshot in memory: an organisation registered, changed or given a paper
 * on this node shows at once, as it stands.
 */
@VientroIntegrationTest
class FundersIntegrationTests {

    @Autowired
    Registry registry;

    @Autowired
    OrganisationRegistry organisations;

    @Autowired
    Clock clock;

    @Test
    void aChangeCommittedOnThisNodeShowsInTheNextAnswer() {
        String field = "2.5";
        List<FunderProfile> before = declaring(field); // the snapshot is taken now, before the organisation exists
        LocalDate paperUntil = LocalDate.now(clock).plusYears(2);
        Ngos.Ngo ngo = Ngos.anNgo().inFields(field).withPermitUntil(paperUntil).register();

        assertThat(before).noneMatch(f -> f.id() == ngo.id());
        Optional<FunderProfile> registered = declaring(field).stream().filter(f -> f.id() == ngo.id()).findFirst();
        assertThat(registered).get().satisfies(funder -> {
            assertThat(funder.status()).isEqualTo(OrganisationStatus.ACTIVE);
            assertThat(funder.paperValidUntil()).isEqualTo(paperUntil);
        });

        SystemAuthentication.asAdministrator("system:test", () -> {
            organisations.changeStatus(ngo.id(), organisations.get(ngo.id()).version(), new StatusChange(
                    OrganisationStatus.SUSPENDED, "Vi phạm nội dung giấy đăng ký", "11/QĐ-UBND",
                    LocalDate.now(clock).minusDays(1)));
            return null;
        });
        assertThat(declaring(field)).filteredOn(f -> f.id() == ngo.id()).extracting(FunderProfile::status)
                .containsExactly(OrganisationStatus.SUSPENDED);
    }

    private List<FunderProfile> declaring(String field) {
        return registry.funders(field, List.of(), List.of(), List.of());
    }
}
