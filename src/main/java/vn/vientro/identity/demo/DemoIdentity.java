package vn.vientro.identity.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.identity.AccountDetails;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyDetails;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.identity.token.ApiTokens;
import vn.vientro.platform.DemoFile;
import vn.vientro.shared.Role;

/**
 * Demo profile only: the agencies of a merged province and one user per role ({@code demo/identity/}), all with the
 * password {@value #PASSWORD} and a fixed API token {@code demo-<username>}. Safe to run at every start.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoIdentity implements ApplicationRunner {

    static final String PASSWORD = "Vientro#2026";
    private static final Logger log = LoggerFactory.getLogger(DemoIdentity.class);

    private final Agencies agencies;
    private final Users users;
    private final ApiTokens tokens;

    DemoIdentity(Agencies agencies, Users users, ApiTokens tokens) {
        this.agencies = agencies;
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.asAdministrator("system:demo", () -> {
            seed();
            return null;
        });
    }

    /** The agencies, their successions and the users, as {@code demo/identity/agencies-and-users.yml} lists them. */
    record Seed(List<AgencyRecord> agencies, List<SuccessionRecord> successions, List<UserRecord> users) {
    }

    record AgencyRecord(String code, String nameVi, String nameEn, String shortName, @Nullable String headTitleVi,
                        @Nullable String headTitleEn, AgencyKind kind, boolean focalPoint, boolean appraisalLead,
                        boolean active) {
    }

    record SuccessionRecord(String predecessor, String successor, String effectiveOn, String legalBasis) {
    }

    record UserRecord(String username, String fullName, String agency, Role role) {
    }

    private void seed() {
        Seed seed = DemoFile.read("demo/identity/agencies-and-users.yml", Seed.class);
        Map<String, Long> ids = new HashMap<>();
        agencies.all().forEach(agency -> ids.put(agency.code(), agency.id()));
        seed.agencies().forEach(agency -> agency(ids, agency));
        seed.successions().forEach(succession -> succession(ids, succession));
        seed.users().forEach(user -> user(ids, user));
        log.info("Demo users ready: {} (tokens demo-<username>)",
                seed.users().stream().map(UserRecord::username).collect(Collectors.joining(", ")));
    }

    private void agency(Map<String, Long> ids, AgencyRecord agency) {
        if (!ids.containsKey(agency.code())) {
            ids.put(agency.code(), agencies.register(new AgencyDetails(agency.code(), agency.nameVi(), agency.nameEn(),
                    agency.shortName(), agency.kind(), agency.focalPoint(), agency.appraisalLead(), agency.active(),
                    null, null, null, agency.headTitleVi(), agency.headTitleEn())));
        } else {
            titleHead(agencies.get(ids.get(agency.code())), agency);
        }
    }

    /** A demo database seeded before agencies had a head's title gets the demo's, unless someone stated one since. */
    private void titleHead(AgencyView stored, AgencyRecord agency) {
        if (stored.headTitleVi() == null && agency.headTitleVi() != null) {
            agencies.update(stored.id(), stored.version(), new AgencyDetails(stored.code(), stored.nameVi(),
                    stored.nameEn(), stored.shortName(), stored.kind(), stored.focalPoint(), stored.appraisalLead(),
                    stored.active(), stored.email(), stored.phone(), stored.address(), agency.headTitleVi(),
                    agency.headTitleEn()));
        }
    }

    private void succession(Map<String, Long> ids, SuccessionRecord succession) {
        long predecessor = ids.get(succession.predecessor());
        if (agencies.get(predecessor).successorId() == null) {
            agencies.recordSuccession(predecessor, ids.get(succession.successor()),
                    LocalDate.parse(succession.effectiveOn()), succession.legalBasis());
        }
    }

    private void user(Map<String, Long> ids, UserRecord user) {
        long id = users.findByUsername(user.username()).map(UserView::id).orElseGet(() -> users.open(user.username(),
                PASSWORD, new AccountDetails(user.fullName(), user.username() + "@demo.vientro.vn", null,
                        ids.get(user.agency()), Set.of(user.role()), true)));
        tokens.issueFixed(id, "demo", "demo-" + user.username());
    }
}
