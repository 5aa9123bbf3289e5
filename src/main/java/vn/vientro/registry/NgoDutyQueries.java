package vn.vientro.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.registry.permit.RegistryRules;

/**
 * The foreign NGOs' duties towards the province, done or not, as the registry computes them: one computation for the
 * registry's "needs attention" list and the monitoring module's list of duties. No access check: readers apply their
 * own policy.
 */
@Component
@Transactional(readOnly = true)
public class NgoDutyQueries {

    private final JdbcClient jdbc;
    private final RegistryRules rules;

    NgoDutyQueries(JdbcClient jdbc, RegistryRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The day of the year every foreign NGO's annual report is due, and the law that sets it. */
    public MonthDay annualReportDay() {
        return rules.annualReportDue();
    }

    public String annualReportSource() {
        return rules.annualReportSource();
    }

    /** Plans and annual reports due from {@code from} to {@code to}, of one organisation if given, by due date. */
    public List<NgoDuty> duties(@Nullable Long organisationId, LocalDate from, LocalDate to) {
        List<NgoDuty> duties = new ArrayList<>(plans(organisationId, from, to));
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate due = rules.annualReportDue().atYear(year);
            if (!due.isBefore(from) && !due.isAfter(to)) {
                duties.addAll(annualReports(organisationId, due));
            }
        }
        duties.sort(Comparator.comparing(NgoDuty::dueOn).thenComparing(NgoDuty::organisationId));
        return duties;
    }

    private List<NgoDuty> plans(@Nullable Long organisationId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select p.id, p.number, p.organisation, p.issued_on, p.plan_due_on, p.plan_received_on,
                       coalesce(o.name_vi, o.name_en, o.name_original) as name
                  from registry.permit p join registry.organisation o on o.id = p.organisation
                 where p.plan_due_on between :from and :to and p.status <> 'REVOKED'
                   and (cast(:organisation as bigint) is null or p.organisation = :organisation)
                """).param("from", from).param("to", to).param("organisation", organisationId)
                .query(this::plan).list();
    }

    private NgoDuty plan(ResultSet rs, int row) throws SQLException {
        LocalDate due = rs.getObject("plan_due_on", LocalDate.class);
        LocalDate issued = rs.getObject("issued_on", LocalDate.class);
        return new NgoDuty(NgoDuty.PLAN, rs.getLong("organisation"), rs.getString("name"), rs.getLong("id"),
                rs.getString("number"), issued == null ? due : issued, due, due,
                rs.getObject("plan_received_on", LocalDate.class), rules.planSource(),
                "/app/registry/permits/" + rs.getLong("id"));
    }

    /**
     * The annual reports due on {@code dueOn}: of each foreign NGO with a paper in force during that year and issued
     * by the due day. Decree 09/2019 Art. 12: the data run from 15 December of the year before to 14 December.
     */
    public List<NgoDuty> annualReports(@Nullable Long organisationId, LocalDate dueOn) {
        int year = dueOn.getYear();
        return jdbc.sql("""
                select o.id, coalesce(o.name_vi, o.name_en, o.name_original) as name, r.received_on
                  from registry.organisation o
                  left join registry.annual_report r on r.organisation = o.id and r.report_year = :year
                 where o.kind = 'FOREIGN_NGO' and o.status not in ('TERMINATED', 'REVOKED', 'EXPIRED')
                   and (cast(:organisation as bigint) is null or o.id = :organisation)
                   and exists (select 1 from registry.permit p where p.organisation = o.id and p.status <> 'REVOKED'
                                  and p.valid_from <= make_date(:year, 12, 31) and p.valid_until >= make_date(:year, 1, 1)
                                  and p.valid_from <= :due)
                 order by coalesce(o.name_vi, o.name_en, o.name_original) collate "vi-x-icu"
                """).param("year", year).param("due", dueOn).param("organisation", organisationId)
                .query((rs, row) -> new NgoDuty(NgoDuty.ANNUAL_REPORT, rs.getLong("id"), rs.getString("name"), null,
                        null, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14), dueOn,
                        rs.getObject("received_on", LocalDate.class), rules.annualReportSource(),
                        "/app/registry/organisations/" + rs.getLong("id") + "?tab=permits"))
                .list();
    }
}
