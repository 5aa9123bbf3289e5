package vn.vientro.aid.item;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidItemCorrected;
import vn.vientro.aid.AidItemDescribed;
import vn.vientro.aid.AidItemMoved;

/**
 * Keeps {@code aid.funded_footprint}, each approved item's donor and DAC categories, which
 * {@code DonorHistoryQueries} counts per donor for every catalogue need. SQL, not an aggregate: a derived table
 * rewritten from its sources for one item after each change to it commits, idempotently (rewriting twice leaves the
 * same row), so that the count reads a narrow indexed table rather than every item and sector.
 */
@Component
class FundedFootprints {

    private final JdbcClient jdbc;

    FundedFootprints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        rewrite(moved.itemId());
    }

    @ApplicationModuleListener
    void on(AidItemDescribed described) {
        rewrite(described.itemId());
    }

    @ApplicationModuleListener
    void on(AidItemCorrected corrected) {
        rewrite(corrected.itemId());
    }

    /**
     * One statement each way, so that two listeners rewriting the same item at once (its move and its description
     * commit together) cannot both insert: the upsert keeps the row of an approved item, the delete removes it from
     * any other.
     */
    void rewrite(long itemId) {
        jdbc.sql("""
                insert into aid.funded_footprint (aid_item, donor_id, categories)
                select i.id, i.donor_id,
                       array(select distinct left(s.sector_code, 3) from aid.aid_item_sector s
                              where s.aid_item = i.id order by 1)
                  from aid.aid_item i
                 where i.id = :item and i.approved_on is not null
                on conflict (aid_item) do update set donor_id = excluded.donor_id, categories = excluded.categories
                """).param("item", itemId).update();
        jdbc.sql("""
                delete from aid.funded_footprint f
                 where f.aid_item = :item
                   and not exists (select 1 from aid.aid_item i where i.id = :item and i.approved_on is not null)
                """).param("item", itemId).update();
    }
}
