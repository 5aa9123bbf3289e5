package vn.vientro.monitoring.inspection;

/** The answer to one point of the checklist; open until the team has looked at it. */
public enum CheckResult {
    OPEN, MET, NOT_MET, NOT_APPLICABLE
}
