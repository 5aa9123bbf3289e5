package vn.vientro.monitoring;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of what monitoring waits for, for dashboards: reports past due and findings still open. No access check: the
 * reading module narrows to the agency its reader may see, which counts the duties it owns or manages and the findings
 * on its aid or recommended to it.
 */
@Component
@Transactional(readOnly = true)
public class MonitoringFigureQueries {

    private final JdbcClient jdbc;

    MonitoringFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Generated report duties not submitted (or returned) and past due on the day: the open duties, counted on write
     * per pair of agencies ({@code monitoring.report_duty_open_tally}), less the open ones not yet due (the next
     * months' few, where the past due are hundreds of thousands at national scale).
     */
    public long overdueReports(@Nullable Long agencyId, LocalDate today) {
        return jdbc.sql("""
                select coalesce((select sum(t.open_duties) from monitoring.report_duty_open_tally t
                                  where cast(:agency as bigint) is null
                                     or :agency in (t.owner_agency_id, t.managing_agency_id)), 0)
                     - (select count(*) from monitoring.report_duty d
                         where d.submitted_on is null and d.due_on >= :today
                           and (cast(:agency as bigint) is null
                                or :agency in (d.owner_agency_id, d.managing_agency_id)))
                """).param("today", today).param("agency", agencyId).query(Long.class).single();
    }

    /**
     * Findings of concluded inspections with a recommendation still open, as the scorecards count them; findings of
     * inspections not concluded stay confidential to their team and are never counted.
     */
    public long openFindings(@Nullable Long agencyId) {
        return jdbc.sql("""
                select count(*) from monitoring.inspection_finding f
                  join monitoring.inspection i on i.id = f.inspection_id
                 where i.status = 'CONCLUDED'
                   and exists (select 1 from monitoring.inspection_recommendation r
                                where r.finding_id = f.id and r.status = 'OPEN'
                                  and (cast(:agency as bigint) is null or r.owner_agency_id = :agency
                                       or i.owner_agency_id = :agency))
                """).param("agency", agencyId).query(Long.class).single();
    }
}
