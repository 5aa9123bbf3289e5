package vn.vientro.reference.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Whether a holiday rule that configuration marks switchable is in force, as an administrator last set it. */
@Table(schema = "reference", name = "holiday_rule_switch")
class HolidayRuleSwitch {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String ruleKey;
    private boolean enabled;
    private Instant changedAt;

    @PersistenceCreator
    HolidayRuleSwitch(@Nullable Long id, @Nullable Long version, String ruleKey, boolean enabled, Instant changedAt) {
        this.id = id;
        this.version = version;
        this.ruleKey = ruleKey;
        this.enabled = enabled;
        this.changedAt = changedAt;
    }

    /** A rule nobody has set yet is off (the configured default). */
    static HolidayRuleSwitch of(String ruleKey, Instant now) {
        return new HolidayRuleSwitch(null, null, ruleKey, false, now);
    }

    /** @return whether anything changed: setting the state it already has is no change */
    boolean set(boolean inForce, Instant now) {
        if (id != null && enabled == inForce) {
            return false;
        }
        enabled = inForce;
        changedAt = now;
        return true;
    }
}
