package vn.vientro.monitoring.inspection;

/** Where an inspection stands: planned, under way (the team works), concluded (the findings are no longer confidential). */
public enum InspectionStatus {
    PLANNED, IN_PROGRESS, CONCLUDED
}
