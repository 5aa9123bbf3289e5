package vn.vientro.identity.security;

import java.util.Locale;
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
    private final LoginAttempts attempts;
    private final UserQueries queries;

    AccountLookup(Users users, LoginAttempts attempts, UserQueries queries) {
        this.users = users;
        this.attempts = attempts;
        this.queries = queries;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        String normalized = username.trim().toLowerCase(Locale.ROOT);
        boolean locked = attempts.isLocked(normalized);
        Optional<UserView> user = users.findByUsername(normalized);
        if (user.isEmpty()) {
            if (locked) {
                // answer exactly as for a real, locked account: the sign-in check refuses it as locked
                return new SignedInUser(-1, normalized, normalized, -1, "", java.util.Set.of(), true, true,
                        "{noop}" + java.util.UUID.randomUUID());
            }
            throw new UsernameNotFoundException("unknown user");
        }
        return principal(user.get(), locked, queries.passwordHash(user.get().id()));
    }

    Optional<SignedInUser> byId(long userId) {
        return Optional.of(users.get(userId)).map(user -> principal(user, false, null));
    }

    private static SignedInUser principal(UserView user, boolean locked, @Nullable String hash) {
        return new SignedInUser(user.id(), user.username(), user.fullName(), user.agencyId(), user.agencyNameVi(),
                user.roles(), user.enabled(), locked, hash);
    }
}
