package vn.vientro.aid;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opinions an agency still has to give, with their due dates and the item they concern, never what was asked or
 * answered: for calendars. Confidential requests are never listed (a calendar is read outside the application, like
 * an export). No access check: the caller applies {@link AidPolicy#givesOpinions()} for the agency's user.
 */
@Component
@Transactional(readOnly = true)
public class OpinionDeadlineQueries {

    private final JdbcClient jdbc;

    OpinionDeadlineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The requests asked of the agency, not answered nor withdrawn, on items still under appraisal, by due date. */
    public List<OpinionDeadline> pendingOf(long agencyId, int limit) {
        return jdbc.sql("""
                select o.id, o.aid_item, i.code, i.name_vi, i.name_en, o.due_on
                  from aid.opinion_request o join aid.aid_item i on i.id = o.aid_item
                 where o.agency_id = :agency and not o.confidential and o.answered_on is null
                   and o.withdrawn_on is null and i.status = 'UNDER_APPRAISAL'
                 order by o.due_on, o.id limit :limit
                """).param("agency", agencyId).param("limit", limit)
                .query((rs, n) -> new OpinionDeadline(rs.getLong("id"), rs.getLong("aid_item"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    /**
     * How many opinions asked on items still under appraisal are past their due date and neither given nor withdrawn,
     * of the items an agency may read if given (all otherwise); confidential requests are never counted, as they are
     * never listed: for dashboards.
     */
    public long overdue(@Nullable Long agencyId, LocalDate today) {
        return jdbc.sql("""
                select count(*) from aid.opinion_request o join aid.aid_item i on i.id = o.aid_item
                 where not o.confidential and o.answered_on is null and o.withdrawn_on is null
                   and i.status = 'UNDER_APPRAISAL' and o.due_on < :today
                   and (cast(:agency as bigint) is null or exists (select 1 from aid.item_agency a
                        where a.aid_item = i.id and a.agency_id = :agency))
                """).param("today", today).param("agency", agencyId).query(Long.class).single();
    }
}
