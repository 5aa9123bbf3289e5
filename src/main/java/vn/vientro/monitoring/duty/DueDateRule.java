package vn.vientro.monitoring.duty;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.aid.TimeLimit;
import vn.vientro.monitoring.DueDateRuleChanged;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.platform.PublishingAggregate;

/** The time from a period's cut-off to its report's due date for one kind of duty, with its legal source. */
@Table(schema = "monitoring", name = "due_date_rule")
class DueDateRule extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private DutyKind kind;
    private int amount;
    private TimeLimit.Unit unit;
    private String source;
    private String changedBy;
    private Instant changedAt;

    @PersistenceCreator
    DueDateRule(@Nullable Long id, @Nullable Long version, DutyKind kind, int amount, TimeLimit.Unit unit,
                String source, String changedBy, Instant changedAt) {
        this.id = id;
        this.version = version;
        this.kind = kind;
        this.amount = amount;
        this.unit = unit;
        this.source = source;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The rule as configuration gives it, before any administrator changed it. */
    static DueDateRule seeded(DutyKind kind, TimeLimit limit, Instant now) {
        return new DueDateRule(null, null, kind, limit.amount(), limit.unit(), limit.source(), "system:configuration",
                now);
    }

    void change(TimeLimit limit, String actor, Instant now) {
        amount = limit.amount();
        unit = limit.unit();
        source = limit.source();
        changedBy = actor;
        changedAt = now;
        publish(ruleId -> new DueDateRuleChanged(ruleId, kind, actor));
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    DutyKind kind() {
        return kind;
    }

    TimeLimit limit() {
        return new TimeLimit(amount, unit, source);
    }

    String changedBy() {
        return changedBy;
    }

    Instant changedAt() {
        return changedAt;
    }
}
