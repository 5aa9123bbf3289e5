package vn.vientro.registry.permit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.RegistryPolicy;

/**
 * The "needs attention" list: papers ending soon, overdue plans and reports, NGOs working without a paper. A read model
 * across the registry's tables, computed on each request and by the daily reminder job; it writes nothing.
 */
@Component
public class RegistryAttention {

    private final PermitQueries permits;
    private final RegistryRules rules;
    private final JdbcClient jdbc;
    private final Clock clock;

    RegistryAttention(PermitQueries permits, RegistryRules rules, JdbcClient jdbc, Clock clock) {
        this.permits = permits;
        this.rules = rules;
        this.jdbc = jdbc;
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
        items.addAll(opinionsDue(today));
        items.addAll(reportsMissing(today));
        items.addAll(withoutValidPermit(today));
        return Collections.unmodifiableList(items);
    }

    private static String permitLink(long permitId) {
        return "/app/registry/permits/" + permitId;
    }

    private static String organisationLink(long organisationId) {
        return "/app/registry/organisations/" + organisationId + "?tab=permits";
    }

    /** Annual reports for the latest year whose due date (18 December by default) has passed. */
    private List<AttentionItem> reportsMissing(LocalDate today) {
        LocalDate due = rules.annualReportDue().atYear(today.getYear());
        if (today.isBefore(due)) {
            due = rules.annualReportDue().atYear(today.getYear() - 1);
        }
        LocalDate dueOn = due;
        return jdbc.sql("""
                select o.id, coalesce(o.name_vi, o.name_en, o.name_original) as name from registry.organisation o
                 where o.kind = 'FOREIGN_NGO' and o.status <> 'CEASED'
                   and exists (select 1 from registry.permit p where p.organisation = o.id and p.status <> 'REVOKED'
                                  and p.valid_from <= make_date(:year, 12, 31) and p.valid_until >= make_date(:year, 1, 1)
                                  and p.valid_from <= :due)
                   and not exists (select 1 from registry.annual_report r where r.organisation = o.id
                                      and r.report_year = :year)
                 order by coalesce(o.name_vi, o.name_en, o.name_original) collate "vi-x-icu"
                """).param("year", dueOn.getYear()).param("due", dueOn)
                .query((rs, row) -> new AttentionItem("REPORT_MISSING", rs.getLong("id"), rs.getString("name"), null,
                        null, dueOn, ChronoUnit.DAYS.between(dueOn, today), organisationLink(rs.getLong("id"))))
                .list();
    }

    /** Requests for the province's opinion due within three days, or overdue. */
    private List<AttentionItem> opinionsDue(LocalDate today) {
        return jdbc.sql("""
                select p.id, p.organisation, p.ministry_reference, p.due_on,
                       coalesce(o.name_vi, o.name_en, o.name_original) as name
                  from registry.permit_opinion p join registry.organisation o on o.id = p.organisation
                 where p.status = 'OPEN' and p.due_on <= :soon order by p.due_on
                """).param("soon", today.plusDays(3))
                .query((rs, row) -> new AttentionItem("OPINION_DUE", rs.getLong("organisation"), rs.getString("name"),
                        null, rs.getString("ministry_reference"), rs.getDate("due_on").toLocalDate(),
                        ChronoUnit.DAYS.between(today, rs.getDate("due_on").toLocalDate()),
                        "/app/registry/opinions/" + rs.getLong("id")))
                .list();
    }

    private List<AttentionItem> withoutValidPermit(LocalDate today) {
        return jdbc.sql("""
                select o.id, coalesce(o.name_vi, o.name_en, o.name_original) as name from registry.organisation o
                 where o.kind = 'FOREIGN_NGO' and o.status in ('ACTIVE', 'UNDER_INSPECTION')
                   and not exists (select 1 from registry.permit p where p.organisation = o.id and p.status = 'VALID'
                                      and p.valid_from <= :today and p.valid_until >= :today)
                 order by coalesce(o.name_vi, o.name_en, o.name_original) collate "vi-x-icu"
                """).param("today", today)
                .query((rs, row) -> new AttentionItem("NO_VALID_PERMIT", rs.getLong("id"), rs.getString("name"), null,
                        null, null, 0, organisationLink(rs.getLong("id"))))
                .list();
    }
}
