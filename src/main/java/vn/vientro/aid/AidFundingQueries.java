package vn.vientro.aid;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of the money that items brought (the mobilisation module's pledged, committed, disbursed):
 * by item, in one query for many. No access check: the reading module applies its own policy.
 */
@Component
@Transactional(readOnly = true)
public class AidFundingQueries {

    private final JdbcClient jdbc;

    AidFundingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ItemFunding> of(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select i.id, i.code, i.name_vi, i.name_en, i.status,
                       case when i.approved_on is null then 0 else coalesce(i.total_vnd, 0) end as committed_vnd,
                       coalesce((select sum(t.amount_vnd) from aid.money_transaction t
                                  where t.aid_item = i.id and t.kind = 'DISBURSEMENT' and t.funding = 'AID'), 0)
                           as disbursed_vnd
                  from aid.aid_item i
                 where i.id in (:ids)
                 order by i.id
                """).param("ids", itemIds).query((rs, row) -> new ItemFunding(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), AidStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("committed_vnd"), rs.getBigDecimal("disbursed_vnd"))).list();
    }
}
