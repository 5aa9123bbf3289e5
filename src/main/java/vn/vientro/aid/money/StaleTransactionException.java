package vn.vientro.aid.money;

import vn.vientro.shared.BusinessRuleException;

/** Someone changed or deleted the transaction after the user loaded it: nothing is overwritten. */
public class StaleTransactionException extends BusinessRuleException {

    public StaleTransactionException(long id) {
        super("stale-record", "record.changedByOther", null, id);
    }
}
