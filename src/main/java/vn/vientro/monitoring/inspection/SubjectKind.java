package vn.vientro.monitoring.inspection;

/** What an inspection looks at: one aid item, one foreign NGO, or one aid owner agency with all it runs. */
public enum SubjectKind {
    AID_ITEM, ORGANISATION, AGENCY
}
