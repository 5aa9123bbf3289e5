package vn.vientro.mobilisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the province's report on foreign-NGO work tells of mobilisation for a span of days (issue 18): the activities
 * of the plans of its years with their results, the pledges made and the rewards decided within it. No access check:
 * the reading module applies its own policy. Amounts of pledges are in VND at the rate of the day they were made.
 */
@Component
@Transactional(readOnly = true)
public class MobilisationReportQueries {

    private final JdbcClient jdbc;

    MobilisationReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The activities of the plans of the span's years planned in one of its months, in plan and month order. */
    public List<PlanActivityLine> activities(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select a.id, p.year, a.type, a.title, a.status, a.done_on, a.outcome, a.budget_planned_amount,
                       a.budget_spent_amount
                  from mobilisation.plan_activity a
                  join mobilisation.plan p on p.id = a.plan
                 where exists (select 1 from unnest(a.months) as m(month)
                                where make_date(p.year, m.month, 1) between date_trunc('month', cast(:from as date))
                                      and :to)
                 order by p.year, a.months[1], a.id
                """).param("from", from).param("to", to)
                .query((rs, n) -> new PlanActivityLine(rs.getLong("id"), rs.getInt("year"), rs.getString("type"),
                        rs.getString("title"), rs.getString("status"), rs.getObject("done_on", LocalDate.class),
                        rs.getString("outcome"), rs.getBigDecimal("budget_planned_amount"),
                        rs.getBigDecimal("budget_spent_amount"))).list();
    }

    /** The pledges made within the span, withdrawn ones included (their state says so). */
    public List<PledgeLine> pledges(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select p.id, p.organisation_id, n.title_vi, p.amount, p.currency, p.amount_vnd, p.pledged_on, p.state
                  from mobilisation.pledge p
                  join mobilisation.need n on n.id = p.need
                 where p.pledged_on between :from and :to
                 order by p.pledged_on, p.id
                """).param("from", from).param("to", to)
                .query((rs, n) -> new PledgeLine(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getString("title_vi"), rs.getBigDecimal("amount"), rs.getString("currency"),
                        rs.getBigDecimal("amount_vnd"), rs.getObject("pledged_on", LocalDate.class),
                        rs.getString("state"))).list();
    }

    /** The rewards decided within the span. */
    public List<RewardLine> rewards(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.id, r.kind, r.recipient_organisation_id, r.recipient_name, r.decision_number,
                       r.decision_date
                  from mobilisation.reward r
                 where r.decision_date between :from and :to
                 order by r.decision_date, r.id
                """).param("from", from).param("to", to)
                .query((rs, n) -> new RewardLine(rs.getLong("id"), rs.getString("kind"),
                        (Long) rs.getObject("recipient_organisation_id"), rs.getString("recipient_name"),
                        rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class))).list();
    }

    /** An activity of a mobilisation plan; type and status are the names of the plan's enums. */
    public record PlanActivityLine(long id, int year, String type, String title, String status,
                                   @Nullable LocalDate doneOn, @Nullable String outcome,
                                   @Nullable BigDecimal budgetPlanned, @Nullable BigDecimal budgetSpent) {
    }

    /** A pledge; state is PLEDGED, IN_DOSSIER, APPROVED or WITHDRAWN. */
    public record PledgeLine(long id, long organisationId, @Nullable String needTitle, BigDecimal amount,
                             String currency, BigDecimal amountVnd, LocalDate pledgedOn, String state) {
    }

    /** A reward: to an organisation (its id) or to a person (their name). */
    public record RewardLine(long id, String kind, @Nullable Long organisationId, @Nullable String recipientName,
                             String decisionNumber, LocalDate decisionDate) {
    }
}
