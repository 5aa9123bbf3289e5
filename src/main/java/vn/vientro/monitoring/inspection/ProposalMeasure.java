package vn.vientro.monitoring.inspection;

/**
 * What the province may propose to the Ministry of Foreign Affairs about a foreign NGO after an inspection (DOMAIN.md
 * §7; Decree 58/2022): suspending its activities, or revoking its registration paper. The Ministry decides.
 */
public enum ProposalMeasure {
    SUSPEND, REVOKE
}
