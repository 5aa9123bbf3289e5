package vn.vientro.registry.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.NgoDutyQueries;
import vn.vientro.registry.RegistryPolicy;

/**
 * The "needs attention" list: papers ending soon, overdue plans and reports, NGOs working without a paper. A read model
 * across the registry's tables, computed on each request and by the daily reminder job; it writes nothing.
 */
@Component
public class RegistryAttention {

    private final PermitQueries permits;
    private final RegistryRules rules;
    private final AttentionQueries attention;
    private final NgoDutyQueries ngoDuties;
    private final Clock clock;

    RegistryAttention(PermitQueries permits, RegistryRules rules, AttentionQueries attention, NgoDutyQueries ngoDuties,
                      Clock clock) {
        this.ngoDuties = ngoDuties;
        this.permits = permits;
        this.rules = rules;
        this.attention = attention;
        this.clock = clock;
    }

    @PreAuthorize(RegistryPolicy.READ_PERMITS)
    @Transactional(readOnly = true)
    public List<AttentionItem> items() {
        return compute();
    }

    /** The same list without a signed-in user, for the daily reminder job. */
    @Transactional(readOnly = true)
    List<AttentionItem> compute() {
        LocalDate today = LocalDate.now(clock);
        List<AttentionItem> items = new ArrayList<>();
        int horizon = rules.expiryWarningDays().stream().max(Integer::compare).orElse(90);
        permits.expiringWithin(horizon).forEach(p -> items.add(new AttentionItem("EXPIRING", p.organisationId(),
                p.organisationName(), p.id(), p.number(), p.validUntil(), p.daysLeft(), permitLink(p.id()))));
        permits.planOverdue().forEach(p -> items.add(new AttentionItem("PLAN_OVERDUE", p.organisationId(),
                p.organisationName(), p.id(), p.number(), p.planDueOn(),
                ChronoUnit.DAYS.between(p.planDueOn(), today), permitLink(p.id()))));
        items.addAll(attention.opinionsDue(today));
        LocalDate reportDue = reportDue(today);
        ngoDuties.annualReports(null, reportDue).stream().filter(duty -> duty.doneOn() == null)
                .forEach(duty -> items.add(new AttentionItem("REPORT_MISSING", duty.organisationId(),
                        duty.organisationName(), null, null, reportDue, ChronoUnit.DAYS.between(reportDue, today),
                        duty.link())));
        items.addAll(attention.withoutValidPermit(today));
        return Collections.unmodifiableList(items);
    }

    /** The latest annual report due date (18 December by default) that has passed. */
    private LocalDate reportDue(LocalDate today) {
        LocalDate due = rules.annualReportDue().atYear(today.getYear());
        return today.isBefore(due) ? rules.annualReportDue().atYear(today.getYear() - 1) : due;
    }

    private static String permitLink(long permitId) {
        return "/app/registry/permits/" + permitId;
    }
}
