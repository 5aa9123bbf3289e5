package vn.vientro.registry;

/** What an organisation is; only foreign NGOs need a registration paper from the Ministry of Foreign Affairs. */
public enum OrganisationKind {
    FOREIGN_NGO,
    FOREIGN_GOVERNMENT,
    MULTILATERAL,
    FOREIGN_COMPANY_OR_INDIVIDUAL,
    VIETNAMESE_AGENCY,
    VIETNAMESE_PARTNER;

    public boolean needsRegistration() {
        return this == FOREIGN_NGO;
    }
}
