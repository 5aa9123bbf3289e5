package vn.vientro.aid;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what with aid items: expressions for the services, and the same role sets for pages, menus and search.
 * Agency officers reach only the items their agency owns, governs, partners or is consulted on ({@code AidAccess}).
 */
public final class AidRoles {

    /** Read every item: the focal point, the appraisal lead, the police, leaders, administrators. */
    public static final Set<String> READ_ALL = Set.of("FOCAL_POINT", "APPRAISER", "SECURITY", "LEADER", "ADMIN");
    /** Draft and submit dossiers: the aid owner's officers and the focal point acting for them. */
    public static final Set<String> DRAFTERS = Set.of("AGENCY_OFFICER", "FOCAL_POINT", "ADMIN");
    /** The appraisal lead (Sở Tài chính by default). */
    public static final Set<String> APPRAISERS = Set.of("APPRAISER");
    /** Who decides for the competent authority (the Provincial People's Committee chairman by default). */
    public static final Set<String> DECIDERS = Set.of("LEADER");
    /**
     * Security opinions may be state secrets (Law 29/2018/QH14): the police, the appraisal lead, the focal point and
     * the approver only, never line departments, communes, aid owners or the public.
     */
    public static final Set<String> SECURITY_READERS = Set.of("SECURITY", "APPRAISER", "FOCAL_POINT", "LEADER");

    public static final String READ = "isAuthenticated()";
    public static final String DRAFT = "hasAnyRole('AGENCY_OFFICER', 'FOCAL_POINT', 'ADMIN')";

    private AidRoles() {
    }

    public static boolean currentUserHoldsAny(Set<String> roles) {
        return holdsAny(SecurityContextHolder.getContext().getAuthentication(), roles);
    }

    public static boolean holdsAny(Authentication user, Set<String> roles) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(a -> roles.contains(a.getAuthority().replaceFirst("^ROLE_", "")));
    }
}
