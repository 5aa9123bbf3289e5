package vn.vientro.monitoring.duty;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.TimeLimit;
import vn.vientro.monitoring.DutyKind;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.duty.DutyRules.DutyRule;
import vn.vientro.platform.Actor;
import vn.vientro.shared.StaleVersionException;

/**
 * The due-date rules in force: the configuration's, with the time limit an administrator set on the rules page in
 * its place. The configuration seeds the stored rules at start-up and stays the default for a kind not stored yet.
 */
@Service
public class DueDateRules {

    private final DutyRules configured;
    private final DueDateRuleRepository rules;
    private final Clock clock;

    DueDateRules(DutyRules configured, DueDateRuleRepository rules, Clock clock) {
        this.configured = configured;
        this.rules = rules;
        this.clock = clock;
    }

    /** The rules the planner applies; read as the system, without a user. */
    @Transactional(readOnly = true)
    public List<DutyRule> inForce() {
        Map<DutyKind, DueDateRule> stored = stored();
        return configured.duties().stream().map(rule -> Optional.ofNullable(stored.get(rule.kind()))
                .map(set -> new DutyRule(rule.kind(), rule.period(), set.limit(), rule.responsible(), rule.recipients()))
                .orElse(rule)).toList();
    }

    @PreAuthorize(MonitoringPolicy.READ_RULES)
    @Transactional(readOnly = true)
    public List<RuleView> list() {
        Map<DutyKind, DueDateRule> stored = stored();
        return inForce().stream().map(rule -> Optional.ofNullable(stored.get(rule.kind()))
                .map(set -> new RuleView(rule, set.version(), set.changedBy(), set.changedAt()))
                .orElse(new RuleView(rule, 0, null, null))).toList();
    }

    @PreAuthorize(MonitoringPolicy.READ_RULES)
    @Transactional(readOnly = true)
    public Optional<RuleView> find(DutyKind kind) {
        return list().stream().filter(view -> view.rule().kind() == kind).findFirst();
    }

    /** Sets the time limit of a kind's rule; the duties still ahead follow it once this commits. */
    @PreAuthorize(MonitoringPolicy.EDIT_RULES)
    @Transactional
    public void change(DutyKind kind, long expectedVersion, TimeLimit limit) {
        DueDateRule rule = rules.findByKind(kind).orElseGet(() -> seed(kind));
        if (rule.version() != expectedVersion) {
            throw new StaleVersionException("due-date rule", kind);
        }
        rule.change(limit, Actor.current(), clock.instant());
        rules.save(rule);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seedFromConfiguration() {
        Map<DutyKind, DueDateRule> stored = stored();
        configured.duties().stream().filter(rule -> !stored.containsKey(rule.kind()))
                .forEach(rule -> rules.save(DueDateRule.seeded(rule.kind(), rule.due(), clock.instant())));
    }

    private DueDateRule seed(DutyKind kind) {
        DutyRule rule = configured.duties().stream().filter(candidate -> candidate.kind() == kind).findFirst()
                .orElseThrow();
        return rules.save(DueDateRule.seeded(kind, rule.due(), clock.instant()));
    }

    private Map<DutyKind, DueDateRule> stored() {
        return rules.findAll().stream().collect(Collectors.toMap(DueDateRule::kind, Function.identity()));
    }
}
