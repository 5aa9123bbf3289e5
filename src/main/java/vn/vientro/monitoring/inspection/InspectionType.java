package vn.vientro.monitoring.inspection;

/**
 * The kinds of inspection (S000 §II.4b, §II.5; S004 §2.5): on the yearly plan, ad hoc on a sign of trouble, joint with
 * the provincial police, or community supervision with the Fatherland Front. Each has its checklist.
 */
public enum InspectionType {
    SCHEDULED, AD_HOC, JOINT_POLICE, COMMUNITY_SUPERVISION
}
