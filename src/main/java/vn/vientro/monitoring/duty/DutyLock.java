package vn.vientro.monitoring.duty;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes two regenerations of one item's duties take turns until the transaction ends: a listener and the start-up
 * backfill may handle the same item at once, and each would otherwise insert the same new duty. SQL, not a
 * repository: the item's row is the aid module's, so the lock is a transaction-scoped advisory lock on its id.
 */
@Component
class DutyLock {

    /** Keeps this module's advisory locks apart from any other's: "MONI" in ASCII. */
    private static final int NAMESPACE = 0x4d4f4e49;

    private final JdbcClient jdbc;

    DutyLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void hold(long itemId) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(:namespace, cast(:item % 2147483647 as integer))) held")
                .param("namespace", NAMESPACE).param("item", itemId).query(Integer.class).single();
    }
}
