package vn.vientro.shared;

/** What a user may do; anonymous visitors are the public. */
public enum Role {
    /** Manages users, agencies, configuration; reads the audit trail. */
    ADMIN,
    /** The foreign-affairs focal point: keeps the NGO registry, coordinates. */
    FOCAL_POINT,
    /** The appraisal lead (Sở Tài chính by default): runs appraisals. */
    APPRAISER,
    /** Provincial police: security opinions, confidential data. */
    SECURITY,
    /** Officer of a line department, commune, or aid owner. */
    AGENCY_OFFICER,
    /** Provincial leaders: decisions, dashboards, audit trail. */
    LEADER;

    public String authority() {
        return "ROLE_" + name();
    }
}
