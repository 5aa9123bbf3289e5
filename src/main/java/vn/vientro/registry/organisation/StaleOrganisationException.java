package vn.vientro.registry.organisation;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone saved the organisation after the user opened it. */
public class StaleOrganisationException extends OptimisticLockingFailureException {

    StaleOrganisationException(long id) {
        super("organisation " + id + " was changed by someone else");
    }
}
