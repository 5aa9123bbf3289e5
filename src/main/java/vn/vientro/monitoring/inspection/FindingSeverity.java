package vn.vientro.monitoring.inspection;

/** How grave a finding is: a minor lapse, a significant one to correct, a serious one that may suspend the item. */
public enum FindingSeverity {
    MINOR, SIGNIFICANT, SERIOUS
}
