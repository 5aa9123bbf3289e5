package vn.vientro.aid.results;

import vn.vientro.shared.BusinessRuleException;

/** Someone changed or deleted this part of the framework after the user loaded it: nothing is overwritten. */
public class StaleResultException extends BusinessRuleException {

    public StaleResultException(String what, long id) {
        super("stale-record", "record.changedByOther", null, what + " " + id);
    }
}
