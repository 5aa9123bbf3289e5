package vn.vientro.registry;

/**
 * The organisation's standing in the province (DOMAIN.md §7); each change records its reason and deciding document.
 * The province suspends an organisation's work in the province or puts it under inspection; suspending or revoking
 * its registration paper is the Ministry of Foreign Affairs' decision, recorded here when it comes.
 */
public enum OrganisationStatus {
    ACTIVE,
    UNDER_INSPECTION,
    SUSPENDED,
    /** It ended its work in the province, by its own notice or at the end of its programme. */
    TERMINATED,
    /** Its registration paper was revoked by the Ministry of Foreign Affairs. */
    REVOKED,
    /** Its registration paper expired without being renewed. */
    EXPIRED;

    /** Whether it has stopped working in the province for good: it owes no more reports and funds nothing new. */
    public boolean ended() {
        return this == TERMINATED || this == REVOKED || this == EXPIRED;
    }
}
