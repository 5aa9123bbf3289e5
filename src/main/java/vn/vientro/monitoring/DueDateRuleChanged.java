package vn.vientro.monitoring;

/** An administrator changed the due-date rule of a kind of duty: the duties still ahead follow it. */
public record DueDateRuleChanged(long ruleId, DutyKind kind, String actor) {
}
