package vn.vientro.identity.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.identity.user.UserQueries;

/** Loads the principal for form sign-in and for API tokens. */
@Component
class AccountLookup implements UserDetailsService {

    private final Users users;
    private final UserQueries queries;

    AccountLookup(Users users, UserQueries queries) {
        this.users = users;
        this.queries = queries;
    }

    /** Attempts that must wait were refused before ({@link SignInThrottleFilter}), known usernames or not. */
    @Override
    public SignedInUser loadUserByUsername(String username) {
        Optional<UserView> user = users.findByUsername(SignInAttempt.normalize(username));
        if (user.isEmpty()) {
            throw new UsernameNotFoundException("unknown user");
        }
        return principal(user.get(), queries.passwordHash(user.get().id()));
    }

    Optional<SignedInUser> byId(long userId) {
        return Optional.of(users.get(userId)).map(user -> principal(user, null));
    }

    private static SignedInUser principal(UserView user, @Nullable String hash) {
        return new SignedInUser(user.id(), user.username(), user.fullName(), user.agencyId(), user.agencyNameVi(),
                user.roles(), user.enabled(), hash);
    }
}
