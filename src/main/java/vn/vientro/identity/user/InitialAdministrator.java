package vn.vientro.identity.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.identity.AccountDetails;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyDetails;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.identity.Users;
import vn.vientro.shared.Role;

/**
 * On a new installation with no users, creates the administrator {@code admin} with the password given in
 * {@code VIENTRO_BOOTSTRAP_ADMIN_PASSWORD}, so the first person can sign in and set up agencies and users.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final Users users;
    private final Agencies agencies;
    private final BootstrapAccount account;
    private final @Nullable String password;

    InitialAdministrator(Users users, Agencies agencies, BootstrapAccount account,
                         @Value("${vientro.bootstrap.admin-password:#{null}}") @Nullable String password) {
        this.users = users;
        this.agencies = agencies;
        this.account = account;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password == null || password.isBlank()) {
            log.warn("No users yet. Set VIENTRO_BOOTSTRAP_ADMIN_PASSWORD and restart to create the administrator 'admin'.");
            return;
        }
        SystemAuthentication.asAdministrator("system:bootstrap", () -> {
            long agency = agencies.all().stream().findFirst().map(AgencyView::id).orElseGet(() -> agencies.register(
                    new AgencyDetails(account.agencyCode(), account.agencyNameVi(), account.agencyNameEn(), null,
                            AgencyKind.PC_OFFICE, true, false, true, null, null, null, null,
                            null)));
            return users.open("admin", password, new AccountDetails(account.adminFullName(), null, null, agency,
                    Set.of(Role.ADMIN), true));
        });
        log.info("Created the administrator 'admin'; change the password after the first sign-in.");
    }
}
