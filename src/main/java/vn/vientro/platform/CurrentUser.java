package vn.vientro.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.vientro.shared.Role;

/**
 * The signed-in user as the modules' policies see them: their roles, and the agency they work for (carried as an
 * authority {@code AGENCY_<id>}, so the search index can grant a document to one agency the way it grants one to a
 * role). The one place that reads them from the security context; policies ({@code AidPolicy}, {@code RegistryPolicy}
 * ...) decide with it.
 */
public final class CurrentUser {

    private static final String AGENCY_PREFIX = "AGENCY_";

    private CurrentUser() {
    }

    public static boolean holdsAny(Role... roles) {
        return holdsAny(Arrays.asList(roles));
    }

    public static boolean holdsAny(Collection<Role> roles) {
        return holdsAny(SecurityContextHolder.getContext().getAuthentication(), roles);
    }

    /** For code handed an authentication rather than running as the user. */
    public static boolean holdsAny(@Nullable Authentication user, Collection<Role> roles) {
        return user != null && user.isAuthenticated() && user.getAuthorities().stream()
                .anyMatch(granted -> roles.stream().anyMatch(role -> role.authority().equals(granted.getAuthority())));
    }

    /** Whether the signed-in user is the one named: for what people do only to their own account or inbox. */
    public static boolean is(String username) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                && username.equals(user.getName());
    }

    /** The agency the user works for; none for anonymous callers and the system. */
    public static OptionalLong agency() {
        return agencyOf(SecurityContextHolder.getContext().getAuthentication());
    }

    public static OptionalLong agencyOf(@Nullable Authentication user) {
        if (user == null) {
            return OptionalLong.empty();
        }
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(AGENCY_PREFIX))
                .mapToLong(authority -> Long.parseLong(authority.substring(AGENCY_PREFIX.length()))).findFirst();
    }

    public static boolean worksFor(long agencyId) {
        OptionalLong agency = agency();
        return agency.isPresent() && agency.getAsLong() == agencyId;
    }

    /** The authority that says a user works for the agency (granted at sign-in, required by search documents). */
    public static String agencyAuthority(long agencyId) {
        return AGENCY_PREFIX + agencyId;
    }
}
