package vn.vientro.monitoring.scorecard;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the scorecards count from the monitoring module's own tables: the generated duties with the day each was
 * first submitted, the concluded inspections with their findings, the overdue recommendations. Only concluded
 * inspections are read: findings before the conclusion are confidential (DOMAIN.md §10).
 */
@Component
@Transactional(readOnly = true)
class ScorecardQueries {

    /**
     * An agency's generated duties due in one year, counted as {@link Tally#report} counts one: those due by today or
     * submitted, those submitted by their due date, and the days late of the others (to today while not submitted).
     */
    record DutyYear(long agencyId, int year, int due, int onTime, long daysLate) {
    }

    /**
     * An inspection concluded in the range: its subject (an organisation, an item or an agency), the owner agency
     * inspected, its findings and how many of them have a recommendation still open.
     */
    record InspectionFact(long id, @Nullable Long organisationId, @Nullable Long itemId, @Nullable Long ownerAgencyId,
                          LocalDate concludedOn, int findings, int openFindings) {
    }

    /** A recommendation of a concluded inspection still open past its deadline. */
    record OverdueFact(long agencyId, LocalDate deadline, @Nullable Long organisationId, @Nullable Long itemId) {
    }

    private final JdbcClient jdbc;

    ScorecardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The duties generated from aid items due in the range that an agency files (the owner, or the managing agency when
     * the rule says so), of one agency if given, counted by agency and year of their due date. A report counts from the
     * day it was first submitted: one returned for correction was submitted then.
     */
    List<DutyYear> duties(LocalDate from, LocalDate to, LocalDate today, @Nullable Long agency) {
        return jdbc.sql("""
                with duty as (
                    select case d.responsible when 'OWNER' then d.owner_agency_id else d.managing_agency_id end
                               as agency,
                           d.due_on,
                           least(d.submitted_on, (select min(s.taken_on) from monitoring.report r
                                                    join monitoring.report_step s on s.report_id = r.id
                                                   where r.duty_id = d.id and s.action = 'SUBMIT')) as done_on
                      from monitoring.report_duty d
                     where d.due_on between :from and :to and d.responsible in ('OWNER', 'MANAGING_AGENCY')
                       and (cast(:agency as bigint) is null or :agency in (d.owner_agency_id, d.managing_agency_id))
                )
                select agency, cast(extract(year from due_on) as integer) as year, count(*) as due,
                       count(*) filter (where done_on <= due_on) as on_time,
                       coalesce(sum(coalesce(done_on, :today) - due_on)
                                    filter (where done_on is null or done_on > due_on), 0) as days_late
                  from duty
                 where (done_on is not null or due_on < :today)
                   and (cast(:agency as bigint) is null or agency = :agency)
                 group by agency, year
                """).param("from", from).param("to", to).param("today", today).param("agency", agency)
                .query((rs, row) -> new DutyYear(rs.getLong("agency"), rs.getInt("year"), rs.getInt("due"),
                        rs.getInt("on_time"), rs.getLong("days_late"))).list();
    }

    /** The inspections concluded in the range, with their findings counted. */
    List<InspectionFact> concludedInspections(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select i.id, i.organisation_id, i.aid_item_id, i.owner_agency_id, i.concluded_on,
                       count(f.id) as findings,
                       count(f.id) filter (where exists (select 1 from monitoring.inspection_recommendation r
                                                          where r.finding_id = f.id and r.status = 'OPEN'))
                           as open_findings
                  from monitoring.inspection i
                  left join monitoring.inspection_finding f on f.inspection_id = i.id
                 where i.status = 'CONCLUDED' and i.concluded_on between :from and :to
                 group by i.id
                """).param("from", from).param("to", to)
                .query((rs, row) -> new InspectionFact(rs.getLong("id"), rs.getObject("organisation_id", Long.class),
                        rs.getObject("aid_item_id", Long.class), rs.getObject("owner_agency_id", Long.class),
                        rs.getObject("concluded_on", LocalDate.class), rs.getInt("findings"),
                        rs.getInt("open_findings"))).list();
    }

    /**
     * The recommendations of concluded inspections with a deadline in the range, still open before {@code today}: the
     * agency that must act, and the inspection's subject.
     */
    List<OverdueFact> overdueRecommendations(LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql("""
                select r.owner_agency_id, r.deadline, i.organisation_id, i.aid_item_id
                  from monitoring.inspection_recommendation r
                  join monitoring.inspection i on i.id = r.inspection_id
                 where i.status = 'CONCLUDED' and r.status = 'OPEN' and r.deadline < :today
                   and r.deadline between :from and :to
                """).param("from", from).param("to", to).param("today", today)
                .query((rs, row) -> new OverdueFact(rs.getLong("owner_agency_id"),
                        rs.getObject("deadline", LocalDate.class), rs.getObject("organisation_id", Long.class),
                        rs.getObject("aid_item_id", Long.class))).list();
    }
}
