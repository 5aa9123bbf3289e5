package vn.vientro.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone saved the record after the caller read it: pages show both versions instead of overwriting, the API answers
 * 409 {@code /problems/stale-version}. A subtype of Spring's optimistic-locking failure, so a page catches one type
 * whether the service compared the version itself or the repository found it stale on saving.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

    public StaleVersionException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
