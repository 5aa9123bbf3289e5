package vn.vientro.registry;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what in the registry: Spring Security expressions for the services, and the same role sets for what
 * pages, menus and search entries show. Keep each expression and its set in step.
 */
public final class RegistryRoles {

    public static final Set<String> WRITERS = Set.of("FOCAL_POINT", "ADMIN");
    public static final Set<String> PERMIT_READERS = Set.of("FOCAL_POINT", "ADMIN", "LEADER", "APPRAISER", "SECURITY");
    public static final Set<String> CONTACT_READERS = Set.of("FOCAL_POINT", "SECURITY", "ADMIN", "LEADER");

    /** The focal point keeps the registry; administrators may correct it. */
    public static final String WRITE = "hasAnyRole('FOCAL_POINT', 'ADMIN')";
    /** Registration papers and duties: the focal point, leaders, appraisers, police, administrators. */
    public static final String READ_PERMITS = "hasAnyRole('FOCAL_POINT', 'ADMIN', 'LEADER', 'APPRAISER', 'SECURITY')";
    /**
     * Contacts are personal data (Decree 13/2023/NĐ-CP): the focal point who keeps the network, the police who vet
     * NGO representatives, leaders who meet them, administrators.
     */
    public static final String READ_CONTACTS = "hasAnyRole('FOCAL_POINT', 'SECURITY', 'ADMIN', 'LEADER')";
    /** Organisations: every signed-in member of staff may look them up. */
    public static final String READ = "isAuthenticated()";

    private RegistryRoles() {
    }

    /** Whether the signed-in user holds one of these roles. */
    public static boolean currentUserHoldsAny(Set<String> roles) {
        return holdsAny(SecurityContextHolder.getContext().getAuthentication(), roles);
    }

    public static boolean holdsAny(Authentication user, Set<String> roles) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(a -> roles.contains(a.getAuthority().replaceFirst("^ROLE_", "")));
    }
}
