package vn.vientro.identity;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone saved the record after the user opened it: the form shows both versions instead of overwriting. */
class StaleVersionException extends OptimisticLockingFailureException {

    StaleVersionException(String what, long id) {
        super(what + " " + id + " was changed by someone else");
    }
}
