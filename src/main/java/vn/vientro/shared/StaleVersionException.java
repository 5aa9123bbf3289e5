package vn.vientro.shared;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone saved the record after the caller read it: pages show both versions instead of overwriting, the API answers
 * 409 {@code /problems/stale-version}. A subtype of Spring's optimistic-locking failure, so a page catches one type
 * whether the service compared the version itself or the repository found it stale on saving. It may carry the record
 * as it now stands, which the API answers in the problem's {@code current} member, so a client that worked offline
 * can show the other person's values beside its own, field by field.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

    private final transient @Nullable Object current;

    public StaleVersionException(String what, Object id) {
        this(what, id, null);
    }

    /** @param current the record as it now stands, as the API shows it */
    public StaleVersionException(String what, Object id, @Nullable Object current) {
        super(what + " " + id + " was changed by someone else");
        this.current = current;
    }

    public Optional<Object> current() {
        return Optional.ofNullable(current);
    }
}
