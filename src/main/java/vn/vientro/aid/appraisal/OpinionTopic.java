package vn.vientro.aid.appraisal;

import vn.vientro.identity.AgencyView;

/** What an agency is asked to give its opinion on (Decree 80/2020 Art. 10; DOMAIN.md §4.3). */
public enum OpinionTopic {
    /** The police's security opinion: confidential (Law 29/2018/QH14, DOMAIN.md §10). */
    SECURITY,
    /** The focal point on the donor's registration and standing. */
    FOREIGN_AFFAIRS,
    /** The finance department on counterpart funds and the budget. */
    FINANCE,
    /** The line department of the item's field. */
    SECTOR,
    /** The commune where the item takes place. */
    COMMUNE,
    OTHER;

    public boolean confidential() {
        return this == SECURITY;
    }

    /** The topic an agency is most likely asked about, to pre-fill the request form. */
    public static OpinionTopic usualFor(AgencyView agency) {
        if (agency.focalPoint()) {
            return FOREIGN_AFFAIRS;
        }
        return switch (agency.kind()) {
            case POLICE -> SECURITY;
            case FOREIGN_AFFAIRS -> FOREIGN_AFFAIRS;
            case FINANCE, PLANNING_INVESTMENT -> FINANCE;
            case LINE_DEPARTMENT -> SECTOR;
            case COMMUNE_COMMITTEE -> COMMUNE;
            default -> OTHER;
        };
    }
}
