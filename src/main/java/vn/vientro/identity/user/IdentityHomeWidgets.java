package vn.vientro.identity.user;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.identity.Users;
import vn.vientro.platform.HomeWidget;

/** Administrators see how many users and agencies the system has. */
@Component
class IdentityHomeWidgets implements HomeWidget {

    private final Users users;
    private final IdentityPolicy policy;

    IdentityHomeWidgets(Users users, IdentityPolicy policy) {
        this.users = users;
        this.policy = policy;
    }

    @Override
    public Optional<Tile> tileFor(Authentication user) {
        return policy.administers()
                ? Optional.of(new Tile("identity.home.users", users.count(), "/app/admin/users", false, 900))
                : Optional.empty();
    }
}
