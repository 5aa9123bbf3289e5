package vn.vientro.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items approved within a span of days, each with its approval decision and its money up to a day, for the
 * reporting module's list of approvals (issue 18). No access check: the reading module applies its own policy and
 * passes the agency its reader is limited to.
 */
@Component
@Transactional(readOnly = true)
public class ApprovedItemQueries {

    private final JdbcClient jdbc;

    ApprovedItemQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items approved from {@code from} to {@code to}, in the order of approval; money counts up to {@code to}. */
    public List<ApprovedItem> approvedBetween(LocalDate from, LocalDate to, @Nullable Long agencyId) {
        return jdbc.sql("""
                select i.id, i.code, i.name_vi, i.kind, i.status, i.donor_id, i.approved_on,
                       d.number as decision_number, d.signed_on as decision_date,
                       coalesce(m.committed_vnd, 0) as committed_vnd, coalesce(m.committed_usd, 0) as committed_usd,
                       coalesce(m.disbursed_vnd, 0) as disbursed_vnd, coalesce(m.disbursed_usd, 0) as disbursed_usd,
                       coalesce(m.spent_vnd, 0) as spent_vnd, coalesce(m.spent_usd, 0) as spent_usd
                  from aid.aid_item i
                  left join lateral (
                      select x.number, x.signed_on from aid.decision x
                       where x.aid_item = i.id and x.kind = 'APPROVAL' order by x.signed_on desc, x.id desc limit 1
                  ) d on true
                  left join lateral (
                      select sum(t.amount_vnd) filter (where t.kind = 'COMMITMENT') as committed_vnd,
                             sum(t.amount_usd) filter (where t.kind = 'COMMITMENT') as committed_usd,
                             sum(t.amount_vnd) filter (where t.kind = 'DISBURSEMENT') as disbursed_vnd,
                             sum(t.amount_usd) filter (where t.kind = 'DISBURSEMENT') as disbursed_usd,
                             sum(t.amount_vnd) filter (where t.kind = 'EXPENDITURE') as spent_vnd,
                             sum(t.amount_usd) filter (where t.kind = 'EXPENDITURE') as spent_usd
                        from aid.money_month t
                       where t.aid_item = i.id and t.funding = 'AID' and t.value_month <= :to
                  ) m on true
                 where i.approved_on between :from and :to
                   and (cast(:agency as bigint) is null or exists (select 1 from aid.item_agency a
                        where a.aid_item = i.id and a.agency_id = :agency))
                 order by i.approved_on, i.code
                """).param("from", from).param("to", to).param("agency", agencyId)
                .query((rs, n) -> new ApprovedItem(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        AidKind.valueOf(rs.getString("kind")), AidStatus.valueOf(rs.getString("status")),
                        rs.getLong("donor_id"), rs.getObject("approved_on", LocalDate.class),
                        rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                        rs.getBigDecimal("committed_vnd"), rs.getBigDecimal("committed_usd"),
                        rs.getBigDecimal("disbursed_vnd"), rs.getBigDecimal("disbursed_usd"),
                        rs.getBigDecimal("spent_vnd"), rs.getBigDecimal("spent_usd"))).list();
    }

    /**
     * One approved item with its approval decision and its aid money (funding AID) to the day asked for.
     *
     * @param decisionNumber empty when the decision was recorded without a number
     */
    public record ApprovedItem(long id, String code, @Nullable String nameVi, AidKind kind, AidStatus status,
                               long donorId, LocalDate approvedOn, @Nullable String decisionNumber,
                               @Nullable LocalDate decisionDate, BigDecimal committedVnd, BigDecimal committedUsd,
                               BigDecimal disbursedVnd, BigDecimal disbursedUsd, BigDecimal spentVnd,
                               BigDecimal spentUsd) {
    }
}
