package vn.vientro.aid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of an item's reporting (the monitoring module's duties): its dates and parties, and the
 * results framework's periods with their due dates. No access check: the reading module applies its own policy.
 */
@Component
@Transactional(readOnly = true)
public class AidReportingQueries {

    private static final String ITEM_COLUMNS = """
            i.id, i.code, i.name_vi, i.name_en, i.status, i.owner_agency_id, i.governing_agency_id, i.donor_id
            """;

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AidReportingQueries(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    public Optional<ReportingBasis> basis(long itemId) {
        return jdbc.sql("select " + ITEM_COLUMNS + """
                     , i.approved_on, coalesce(i.actual_start, i.planned_start, i.approved_on) as start_on,
                       coalesce(i.actual_end, i.planned_end) as end_on
                  from aid.aid_item i where i.id = :id
                """).param("id", itemId).query(AidReportingQueries::basis).optional();
    }

    /** The items approved at some point, the latest approved first: another module's choice of an approved item. */
    public List<ReportingBasis> approvedItems() {
        return jdbc.sql("select " + ITEM_COLUMNS + """
                     , i.approved_on, coalesce(i.actual_start, i.planned_start, i.approved_on) as start_on,
                       coalesce(i.actual_end, i.planned_end) as end_on
                  from aid.aid_item i where i.approved_on is not null order by i.approved_on desc, i.id desc
                """).query(AidReportingQueries::basis).list();
    }

    /** The items approved at some point, for generating the duties of items approved before they were kept. */
    public List<Long> approvedItemIds() {
        return jdbc.sql("select id from aid.aid_item where approved_on is not null order by id").query(Long.class)
                .list();
    }

    /**
     * The periods of approved items' frameworks, due between the two days (either open), of one item or one owner or
     * managing agency if given.
     */
    public List<ResultsReportDue> resultsReports(@Nullable Long itemId, @Nullable Long agencyId,
                                                 @Nullable LocalDate dueFrom, @Nullable LocalDate dueTo) {
        return jdbc.sql("select " + ITEM_COLUMNS + """
                     , p.id as period_id, p.period_start, p.period_end, p.report_due, p.reported_at,
                       r.title_vi as indicator_vi, r.title_en as indicator_en
                  from aid.indicator_period p
                  join aid.result_indicator r on r.id = p.indicator
                  join aid.aid_item i on i.id = p.aid_item
                 where i.approved_on is not null
                   and (cast(:item as bigint) is null or i.id = :item)
                   and (cast(:agency as bigint) is null or :agency in (i.owner_agency_id, i.governing_agency_id))
                   and (cast(:dueFrom as date) is null or p.report_due >= :dueFrom)
                   and (cast(:dueTo as date) is null or p.report_due <= :dueTo)
                 order by p.report_due, p.id
                """).param("item", itemId).param("agency", agencyId).param("dueFrom", dueFrom)
                .param("dueTo", dueTo).query(this::resultsReport).list();
    }

    /**
     * The suspensions of items decided between the two days, each with the item's owner and donor: what the
     * monitoring module's scorecards count. An item suspended twice counts twice.
     */
    public List<ItemSuspension> suspensions(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select i.id, i.code, i.owner_agency_id, i.donor_id, t.suspended_on
                  from (select aid_item, coalesce(reference_date,
                                   cast(occurred_at at time zone :zone as date)) as suspended_on
                          from aid.transition where action = 'SUSPEND') t
                  join aid.aid_item i on i.id = t.aid_item
                 where t.suspended_on between :from and :to
                 order by t.suspended_on, i.id
                """).param("zone", zone.getId()).param("from", from).param("to", to)
                .query((rs, row) -> new ItemSuspension(rs.getLong("id"), rs.getString("code"),
                        rs.getLong("owner_agency_id"), rs.getLong("donor_id"),
                        rs.getObject("suspended_on", LocalDate.class))).list();
    }

    /**
     * The aid money (not the counterpart funds) the owner received and spent with value dates in the period, in VND
     * at the rates recorded with each transaction: what a progress or settlement report starts from.
     */
    public PeriodMoney periodMoney(long itemId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select coalesce(sum(amount_vnd) filter (where kind = 'DISBURSEMENT'), 0) as received,
                       coalesce(sum(amount_vnd) filter (where kind = 'EXPENDITURE'), 0) as spent
                  from aid.money_transaction
                 where aid_item = :item and funding = 'AID' and value_date between :from and :to
                """).param("item", itemId).param("from", from).param("to", to)
                .query((rs, row) -> new PeriodMoney(rs.getBigDecimal("received"), rs.getBigDecimal("spent")))
                .single();
    }

    /** The results framework's periods of the item that end within the period, with their targets and actuals. */
    public List<PeriodResult> periodResults(long itemId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select p.id, r.title_vi, r.title_en, r.unit, p.period_start, p.period_end, p.target_value,
                       p.actual_value
                  from aid.indicator_period p
                  join aid.result_indicator r on r.id = p.indicator
                 where p.aid_item = :item and p.period_end between :from and :to
                 order by r.position, r.id, p.period_start
                """).param("item", itemId).param("from", from).param("to", to)
                .query((rs, row) -> new PeriodResult(rs.getLong("id"), rs.getString("title_vi"),
                        rs.getString("title_en"), rs.getString("unit"), rs.getObject("period_start", LocalDate.class),
                        rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("target_value"),
                        rs.getBigDecimal("actual_value"))).list();
    }

    private static ReportingBasis basis(ResultSet rs, int row) throws SQLException {
        return new ReportingBasis(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                rs.getString("name_en"), AidStatus.valueOf(rs.getString("status")), rs.getLong("owner_agency_id"),
                rs.getLong("governing_agency_id"), rs.getLong("donor_id"), rs.getObject("approved_on", LocalDate.class),
                rs.getObject("start_on", LocalDate.class), rs.getObject("end_on", LocalDate.class));
    }

    private ResultsReportDue resultsReport(ResultSet rs, int row) throws SQLException {
        Timestamp reported = rs.getTimestamp("reported_at");
        return new ResultsReportDue(rs.getLong("period_id"), rs.getLong("id"), rs.getString("code"),
                rs.getString("name_vi"), rs.getString("name_en"), rs.getLong("owner_agency_id"),
                rs.getLong("governing_agency_id"), rs.getLong("donor_id"), rs.getString("indicator_vi"),
                rs.getString("indicator_en"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getObject("report_due", LocalDate.class),
                reported == null ? null : reported.toInstant().atZone(zone).toLocalDate());
    }
}
