package vn.vientro.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.shared.NotFoundException;

/**
 * What administrators do with sign-in throttles: see them, and lift one (a user kept waiting by someone else's
 * failures, an office address after a training session). Lifting is a change like any other in the audit trail.
 */
@Service
class SignInThrottles {

    private final ThrottleQueries queries;
    private final ThrottleCounters counters;
    private final ThrottleRules rules;
    private final Clock clock;

    SignInThrottles(ThrottleQueries queries, ThrottleCounters counters, ThrottleRules rules, Clock clock) {
        this.queries = queries;
        this.counters = counters;
        this.rules = rules;
        this.clock = clock;
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional(readOnly = true)
    List<ThrottleQueries.ThrottleRow> current() {
        Instant now = clock.instant();
        return queries.current(now, now.minus(rules.forgetAfter()));
    }

    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    void clear(long throttleId) {
        if (!counters.clear(throttleId)) {
            throw new NotFoundException("sign-in throttle", throttleId);
        }
    }
}
