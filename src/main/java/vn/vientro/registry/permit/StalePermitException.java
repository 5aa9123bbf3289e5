package vn.vientro.registry.permit;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone recorded a decision on the paper after the user opened it. */
public class StalePermitException extends OptimisticLockingFailureException {

    StalePermitException(long id) {
        super("permit " + id + " was changed by someone else");
    }
}
