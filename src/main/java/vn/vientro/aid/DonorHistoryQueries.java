package vn.vientro.aid;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What donors have funded in the province, for the mobilisation module's matching of organisations to needs: counted
 * here in one statement for every donor (over {@code aid.funded_footprint}, kept by {@code aid.item.FundedFootprints}),
 * since the other module may not read these tables. Past aid is an item
 * approved at some point, whatever became of it since. No access check: the reading module applies its own policy.
 */
@Component
@Transactional(readOnly = true)
public class DonorHistoryQueries {

    private final JdbcClient jdbc;

    DonorHistoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per donor, its approved items with a sector in one of the DAC categories (3 digits), and how many of those have
     * a location in one of the communes; donors without such items are left out.
     */
    public List<DonorHistory> similarAid(Collection<String> sectorCategories, Collection<String> communeCodes) {
        if (sectorCategories.isEmpty()) {
            return List.of();
        }
        // the items near the need are found from the communes' side, which is small, rather than tested one by one
        return jdbc.sql("""
                with near as (
                    select distinct l.aid_item from aid.aid_item_location l
                     where l.commune_code = any(cast(:communes as text[])))
                select f.donor_id, count(*) as items, count(n.aid_item) as in_communes
                  from aid.funded_footprint f
                  left join near n on n.aid_item = f.aid_item
                 where f.categories && cast(:categories as text[])
                 group by f.donor_id
                """).param("categories", sectorCategories.toArray(String[]::new))
                .param("communes", communeCodes.toArray(String[]::new))
                .query((rs, row) -> new DonorHistory(rs.getLong("donor_id"), rs.getInt("items"),
                        rs.getInt("in_communes"))).list();
    }

    /** The donor's approved items with their sectors and communes. */
    public List<FundedItem> fundedBy(long donorId) {
        return jdbc.sql("""
                select i.id,
                       array(select s.sector_code from aid.aid_item_sector s where s.aid_item = i.id) as sectors,
                       array(select l.commune_code from aid.aid_item_location l where l.aid_item = i.id) as communes
                  from aid.aid_item i
                 where i.donor_id = :donor and i.approved_on is not null
                """).param("donor", donorId).query((rs, row) -> new FundedItem(rs.getLong("id"),
                strings(rs.getArray("sectors")), strings(rs.getArray("communes")))).list();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
