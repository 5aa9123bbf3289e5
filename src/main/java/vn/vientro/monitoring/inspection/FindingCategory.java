package vn.vientro.monitoring.inspection;

/** What a finding concerns (issue 16 §4): progress, money, who benefits, a breach of security or law, the papers. */
public enum FindingCategory {
    PROGRESS, FINANCE, TARGETING, SECURITY_OR_LEGAL, DOCUMENTATION
}
