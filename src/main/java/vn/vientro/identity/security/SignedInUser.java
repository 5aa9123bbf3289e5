package vn.vientro.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.vientro.platform.CurrentUser;
import vn.vientro.platform.UserDisplay;
import vn.vientro.shared.Role;

/** The principal kept in the (database-stored, shared) session: plain serializable facts only. */
public final class SignedInUser implements UserDetails, CredentialsContainer, UserDisplay, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String fullName;
    private final long agencyId;
    private final String agencyName;
    private final Set<Role> roles;
    private final boolean enabled;
    private @Nullable String passwordHash;

    SignedInUser(long userId, String username, String fullName, long agencyId, String agencyName, Set<Role> roles,
                 boolean enabled, @Nullable String passwordHash) {
        this.userId = userId;
        this.username = username;
        this.fullName = fullName;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long userId() {
        return userId;
    }

    long agencyId() {
        return agencyId;
    }

    Set<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return java.util.stream.Stream.concat(roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())),
                java.util.stream.Stream.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(CurrentUser.agencyAuthority(agencyId)))).collect(Collectors.toSet());
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String displayName() {
        return fullName;
    }

    @Override
    public String agencyName() {
        return agencyName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
