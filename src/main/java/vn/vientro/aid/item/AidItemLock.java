package vn.vientro.aid.item;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds an item's row until the transaction ends: its status cannot change under a write that depends on it (money,
 * results, opinion requests), and two such writes of one item take turns. The money triggers that keep an item's
 * parts lock the same row in the same mode. SQL, not a repository: the mode matters, and Spring Data's lock takes
 * {@code for update}, which would also block every insert that references the item (foreign-key checks).
 */
@Component
public class AidItemLock {

    private final JdbcClient jdbc;

    AidItemLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void hold(long itemId) {
        jdbc.sql("select id from aid.aid_item where id = :item for no key update").param("item", itemId)
                .query(Long.class).optional();
    }
}
