package vn.vientro.aid.item;

import vn.vientro.shared.BusinessRuleException;

/** Someone changed the item after the user loaded it: nothing is overwritten, the user reloads. */
public class StaleAidItemException extends BusinessRuleException {

    public StaleAidItemException(long id) {
        super("stale-record", "record.changedByOther", null, id);
    }
}
