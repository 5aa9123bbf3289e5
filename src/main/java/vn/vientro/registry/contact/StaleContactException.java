package vn.vientro.registry.contact;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone saved the contact after the user opened it. */
public class StaleContactException extends OptimisticLockingFailureException {

    StaleContactException(long id) {
        super("contact " + id + " was changed by someone else");
    }
}
