package vn.vientro.aid.item;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which agencies are involved with which item (owner, governing agency, partner, consulted): a derived index of the
 * items and opinion requests, which {@code AidPolicy} reads to let an agency's officers read an item. SQL, not an
 * aggregate: a derived table rewritten from its sources in their transactions, idempotently (an involvement recorded
 * twice is kept once), and read on every access check.
 */
@Component
public class Involvements {

    public enum Involvement {
        OWNER, GOVERNING, PARTNER, CONSULTED
    }

    private final JdbcClient jdbc;

    Involvements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean involves(long itemId, long agencyId) {
        return jdbc.sql("select exists (select 1 from aid.item_agency where aid_item = :item and agency_id = :agency)")
                .param("item", itemId).param("agency", agencyId).query(Boolean.class).single();
    }

    public List<Long> agenciesOf(long itemId) {
        return jdbc.sql("select distinct agency_id from aid.item_agency where aid_item = :id order by agency_id")
                .param("id", itemId).query(Long.class).list();
    }

    /** Records that an agency is involved with an item (idempotent). */
    public void involve(long itemId, long agencyId, Involvement reason) {
        jdbc.sql("insert into aid.item_agency (aid_item, agency_id, reason) values (:item, :agency, :reason) "
                        + "on conflict do nothing")
                .param("item", itemId).param("agency", agencyId).param("reason", reason.name()).update();
    }

    /**
     * Ends an agency's consultation on an item (its last request was withdrawn): it reads the item no longer, unless it
     * is involved otherwise (owner, governing agency, partner).
     */
    public void endConsultation(long itemId, long agencyId) {
        jdbc.sql("delete from aid.item_agency where aid_item = :item and agency_id = :agency and reason = 'CONSULTED'")
                .param("item", itemId).param("agency", agencyId).update();
    }

    /** Replaces the involvements that come from the item's own description (owner, governing agency, partners). */
    void describe(long itemId, long owner, long governing, Collection<Long> partnerAgencies) {
        jdbc.sql("delete from aid.item_agency where aid_item = :item and reason <> 'CONSULTED'")
                .param("item", itemId).update();
        involve(itemId, owner, Involvement.OWNER);
        involve(itemId, governing, Involvement.GOVERNING);
        partnerAgencies.forEach(agency -> involve(itemId, agency, Involvement.PARTNER));
    }
}
