package vn.vientro.monitoring.duty;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.vientro.monitoring.duty.DutyRules.DutyRule;

/**
 * A rule as the rules page shows it: the configured shape with the due date in force, and who last changed it.
 *
 * @param version the stored rule's version, 0 while only the configuration gives it
 */
public record RuleView(DutyRule rule, long version, @Nullable String changedBy, @Nullable Instant changedAt) {
}
