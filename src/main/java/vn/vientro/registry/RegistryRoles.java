package vn.vientro.registry;

/** Who may do what in the registry, as Spring Security expressions used on the services. */
public final class RegistryRoles {

    /** The focal point keeps the registry; administrators may correct it. */
    public static final String WRITE = "hasAnyRole('FOCAL_POINT', 'ADMIN')";
    /** Registration papers and duties: the focal point, leaders, appraisers, police, administrators. */
    public static final String READ_PERMITS = "hasAnyRole('FOCAL_POINT', 'ADMIN', 'LEADER', 'APPRAISER', 'SECURITY')";
    /** Organisations: every signed-in member of staff may look them up. */
    public static final String READ = "isAuthenticated()";

    private RegistryRoles() {
    }
}
