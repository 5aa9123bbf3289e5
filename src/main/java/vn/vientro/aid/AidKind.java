package vn.vientro.aid;

/** Kinds of aid (Decree 80/2020 Art. 3; Decree 50/2020 for emergency relief). */
public enum AidKind {
    PROGRAMME,
    INVESTMENT_PROJECT,
    TECHNICAL_ASSISTANCE,
    NON_PROJECT,
    /** Approved and carried out within 3 months of a disaster (Decree 50/2020 Art. 3 cl. 1): the fast path. */
    EMERGENCY_RELIEF;

    public boolean isEmergency() {
        return this == EMERGENCY_RELIEF;
    }

    public boolean isProject() {
        return this == PROGRAMME || this == INVESTMENT_PROJECT || this == TECHNICAL_ASSISTANCE;
    }
}
