package vn.vientro.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.Actor;

/**
 * Locks a username for a while after repeated wrong passwords; any username, so nothing is revealed. A counter in
 * SQL, not an aggregate: wrong passwords for one name arrive in parallel (that is the attack), and only one upsert
 * counts each of them, where a versioned save would refuse all but one.
 */
@Component
public class LoginAttempts {

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username) {
        return jdbc.sql("select locked_until from identity.login_attempt where username = :u")
                .param("u", normalize(username)).query(Timestamp.class).optional()
                .map(until -> until.toInstant().isAfter(clock.instant()))
                .orElse(false);
    }

    // No @Transactional here: the actor is bound when a connection is taken, so runAs must come first.
    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof String username) || username.isBlank()) {
            return; // a bad API token has no username to count against
        }
        Instant now = clock.instant();
        Actor.runAs("system:login", () -> jdbc.sql("""
                insert into identity.login_attempt as l (username, failed_attempts, last_failure_at, locked_until)
                values (:u, 1, cast(:now as timestamptz),
                        case when :max <= 1 then cast(:lockedUntil as timestamptz) end)
                on conflict (username) do update
                   set failed_attempts = case when l.locked_until <= cast(:now as timestamptz) then 1
                                              else l.failed_attempts + 1 end,
                       last_failure_at = cast(:now as timestamptz),
                       locked_until = case
                           when (case when l.locked_until <= cast(:now as timestamptz) then 1
                                      else l.failed_attempts + 1 end) >= :max then cast(:lockedUntil as timestamptz)
                           else null end
                """)
                .param("u", normalize(username))
                .param("now", Timestamp.from(now))
                .param("max", properties.maxFailedLogins())
                .param("lockedUntil", Timestamp.from(now.plus(properties.lockout())))
                .update());
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        Actor.runAs("system:login", () -> forget(event.getAuthentication().getName()));
    }

    /** Unlocks the username: after a good password, or when an administrator sets a new one. */
    public void forget(String username) {
        jdbc.sql("delete from identity.login_attempt where username = :u").param("u", normalize(username)).update();
    }

    private static String normalize(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
