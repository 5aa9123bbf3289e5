package vn.vientro.identity;

/** What kind of body an agency is; whether it is the focal point is a separate, configurable flag. */
public enum AgencyKind {
    PEOPLES_COMMITTEE,
    PC_OFFICE,
    FOREIGN_AFFAIRS,
    FINANCE,
    PLANNING_INVESTMENT,
    POLICE,
    LINE_DEPARTMENT,
    COMMUNE_COMMITTEE,
    FRIENDSHIP_UNION,
    AID_OWNER,
    OTHER;

    /** The police: their opinions on security may be state secrets, sealed (Law 29/2018/QH14; DOMAIN.md §10). */
    public boolean givesSecurityOpinions() {
        return this == POLICE;
    }
}
