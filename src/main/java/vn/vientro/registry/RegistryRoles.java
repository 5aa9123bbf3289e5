package vn.vientro.registry;

/** Who may do what in the registry, as Spring Security expressions used on the services. */
public final class RegistryRoles {

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
}
