package vn.vientro.monitoring.inspection;

/**
 * What a finding may lead to beyond its recommendations (DOMAIN.md §7): the managing agency suspends the aid item
 * inspected, or the registry puts the NGO inspected (or the item's donor) under inspection. Proposals to the Ministry
 * of Foreign Affairs are letters ({@link ProposalMeasure}).
 */
public enum FindingOutcome {
    SUSPEND_ITEM, NGO_UNDER_INSPECTION
}
