package vn.vientro.identity.user;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.vientro.identity.Users;
import vn.vientro.platform.HomeWidget;
import vn.vientro.shared.Role;

/** Administrators see how many users and agencies the system has. */
@Component
class IdentityHomeWidgets implements HomeWidget {

    private final Users users;

    IdentityHomeWidgets(Users users) {
        this.users = users;
    }

    @Override
    public Optional<Tile> tileFor(Authentication user) {
        boolean admin = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
        return admin ? Optional.of(new Tile("identity.home.users", users.count(), "/app/admin/users", false, 900))
                : Optional.empty();
    }
}
