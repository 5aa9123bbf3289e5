package vn.vientro.monitoring.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.monitoring.DutyKind;

/**
 * Reads the generated duties for the list (the caller merges the other modules' duties and applies the status), and
 * one duty's facts for its report.
 */
@Component
@Transactional(readOnly = true)
public class DutyQueries {

    /** A generated duty as stored, before its status is computed for a day. */
    record StoredDuty(long id, long itemId, DutyKind kind, LocalDate periodStart, LocalDate periodEnd,
                      LocalDate cutOff, LocalDate dueOn, String responsible, String recipients, String source,
                      ItemParties item, @Nullable LocalDate submittedOn, @Nullable String review) {
    }

    private final JdbcClient jdbc;

    DutyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The generated duties the filter selects (status aside), within the agency's items if a scope is given: those
     * it owns or manages.
     */
    List<StoredDuty> list(DutyFilter filter, OptionalLong scope) {
        return jdbc.sql("""
                select * from monitoring.report_duty
                 where (cast(:owner as bigint) is null or :owner in (owner_agency_id, managing_agency_id))
                   and (cast(:scope as bigint) is null or :scope in (owner_agency_id, managing_agency_id))
                   and (cast(:organisation as bigint) is null or donor_id = :organisation)
                   and (cast(:item as bigint) is null or aid_item_id = :item)
                   and (cast(:kind as text) is null or kind = :kind)
                   and (cast(:dueAfter as date) is null or due_on >= :dueAfter)
                   and (cast(:dueBefore as date) is null or due_on <= :dueBefore)
                 order by due_on, id
                """).param("owner", filter.owner()).param("scope", scope.isPresent() ? scope.getAsLong() : null)
                .param("organisation", filter.organisation()).param("item", filter.item())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("dueAfter", filter.dueAfter()).param("dueBefore", filter.dueBefore())
                .query(DutyQueries::duty).list();
    }

    /** A generated duty's item, parties and dates, for its report and who may write or review it. */
    public Optional<DutyFacts> facts(long dutyId) {
        return jdbc.sql("select * from monitoring.report_duty where id = :id").param("id", dutyId)
                .query(DutyQueries::facts).optional();
    }

    /** The generated duties not submitted (or returned) and due on or before the day, for the daily chasing. */
    public List<DutyFacts> open(LocalDate dueUntil) {
        return jdbc.sql("""
                select * from monitoring.report_duty where submitted_on is null and due_on <= :until order by due_on, id
                """).param("until", dueUntil).query(DutyQueries::facts).list();
    }

    /** The generated duties of one owner not submitted (or returned) and past due on the day, by due date. */
    public List<DutyFacts> overdueOf(long ownerAgencyId, LocalDate today) {
        return jdbc.sql("""
                select * from monitoring.report_duty
                 where owner_agency_id = :owner and submitted_on is null and due_on < :today order by due_on, id
                """).param("owner", ownerAgencyId).param("today", today).query(DutyQueries::facts).list();
    }

    /** The items whose duties were generated, for the backfill. */
    Set<Long> itemsWithDuties() {
        return new HashSet<>(jdbc.sql("select distinct aid_item_id from monitoring.report_duty").query(Long.class)
                .list());
    }

    private static DutyFacts facts(ResultSet rs, int row) throws SQLException {
        return new DutyFacts(rs.getLong("id"), rs.getLong("aid_item_id"), DutyKind.valueOf(rs.getString("kind")),
                rs.getString("item_code"), rs.getString("item_name_vi"), rs.getLong("owner_agency_id"),
                rs.getLong("managing_agency_id"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("source"));
    }

    private static StoredDuty duty(ResultSet rs, int row) throws SQLException {
        return new StoredDuty(rs.getLong("id"), rs.getLong("aid_item_id"), DutyKind.valueOf(rs.getString("kind")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getObject("cut_off", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("responsible"), rs.getString("recipients"), rs.getString("source"),
                new ItemParties(rs.getString("item_code"), rs.getString("item_name_vi"), rs.getString("item_name_en"),
                        rs.getLong("owner_agency_id"), rs.getLong("managing_agency_id"), rs.getLong("donor_id")),
                rs.getObject("submitted_on", LocalDate.class), rs.getString("review_status"));
    }
}
