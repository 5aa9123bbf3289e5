package vn.vientro.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.platform.Actor;

/**
 * Sign-in throttling: growing delays instead of a lock-out, so that guessing a password is slow and nobody can keep
 * someone else out (OWASP ASVS 4.0.3 V2.2.1: anti-automation effective against brute force <em>and</em> against
 * account lock-out attacks, no more than 100 failed attempts an hour on one account; the trusted browsers follow
 * OWASP's "Slow Down Online Guessing Attacks with Device Cookies").
 * <ul>
 * <li>An attempt from a browser the account does not trust counts against its source address and against the
 *     account; one from a browser the account signed in with before ({@link TrustedDevices}) counts against that
 *     browser only. Past a throttle's free attempts, each further one must wait its first delay, doubled each time up
 *     to its longest; an attempt that must wait is refused before its password is checked, and is not counted.</li>
 * <li>Why an attacker cannot keep a user out: the attacker's guesses slow the account down for untrusted browsers
 *     only, while the user's own browser has a throttle of its own that only the user's mistakes fill. On a new
 *     browser the user waits at most the account's longest delay (a minute) while an attack lasts, and an attack from
 *     one address is itself slowed to an attempt every quarter of an hour by the address throttle.</li>
 * <li>The account's longest delay also caps guessing from untrusted browsers, however many addresses they use, at
 *     about 60 attempts an hour.</li>
 * <li>Attempts are counted before the password is checked, by one upsert per throttle: parallel guesses cannot slip
 *     in before the first of them is counted. A correct password then takes its attempt back: it clears the account's
 *     or the browser's throttle and uncounts itself from its address, so an office behind one address is not slowed
 *     down by its own sign-ins, while an attacker's own account cannot wash out the attacker's failures.</li>
 * <li>Unknown usernames are counted and refused exactly as real ones: the answers reveal nothing.</li>
 * </ul>
 * SQL rather than an aggregate: attempts for one subject arrive in parallel (that is the attack) and each upsert counts
 * one, where a versioned save would refuse all but one.
 */
@Component
public class ThrottleCounters {

    private static final String ACTOR = "system:login";

    private final JdbcClient jdbc;
    private final ThrottleRules rules;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ThrottleCounters(JdbcClient jdbc, ThrottleRules rules, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Counts the attempt; or, when one of its throttles is blocked, counts nothing and answers how long to wait. */
    Optional<Duration> admit(SignInAttempt attempt) {
        Instant now = clock.instant();
        return Objects.requireNonNull(Actor.runAs(ACTOR, () -> transactions.execute(status -> {
            forgetQuietThrottles(now);
            for (SignInAttempt.Key key : attempt.keys()) {
                Optional<Instant> blockedUntil = count(key, now);
                if (blockedUntil.isPresent()) {
                    status.setRollbackOnly();
                    return Optional.of(Duration.between(now, blockedUntil.get()));
                }
            }
            return Optional.<Duration>empty();
        })));
    }

    /** The attempt proved the password: it no longer counts against its throttles. */
    void succeeded(SignInAttempt attempt) {
        Actor.runAs(ACTOR, () -> transactions.executeWithoutResult(status -> attempt.keys().forEach(key -> {
            if (key.scope() == ThrottleScope.ADDRESS) {
                uncount(key);
            } else {
                forget(key);
            }
        })));
    }

    /** Lifts the throttles of an account and of the browsers it trusts: when an administrator sets a new password. */
    public void forget(String username) {
        jdbc.sql("""
                delete from identity.sign_in_throttle
                 where (scope = 'ACCOUNT' and subject = :username)
                    or (scope = 'DEVICE' and subject in (
                          select d.id::text from identity.trusted_device d
                            join identity.user_account u on u.id = d.user_account
                           where u.username = :username))
                """).param("username", SignInAttempt.normalize(username)).update();
    }

    /** Lifts one throttle; false when there was none (any more) with this id. */
    boolean clear(long id) {
        return jdbc.sql("delete from identity.sign_in_throttle where id = :id").param("id", id).update() > 0;
    }

    private Optional<Instant> count(SignInAttempt.Key key, Instant now) {
        Optional<Integer> failures = jdbc.sql("""
                insert into identity.sign_in_throttle as t (scope, subject, failures, last_failure_at)
                values (:scope, :subject, 1, :now)
                on conflict (scope, subject) do update
                   set failures = t.failures + 1, last_failure_at = excluded.last_failure_at
                 where t.blocked_until is null or t.blocked_until <= excluded.last_failure_at
                returning failures
                """).param("scope", key.scope().name()).param("subject", key.subject()).param("now", utc(now))
                .query(Integer.class).optional();
        if (failures.isEmpty()) {
            return Optional.of(jdbc.sql("""
                    select blocked_until from identity.sign_in_throttle where scope = :scope and subject = :subject
                    """).param("scope", key.scope().name()).param("subject", key.subject())
                    .query(OffsetDateTime.class).single().toInstant());
        }
        Duration delay = rules.of(key.scope()).delayAfter(failures.get());
        if (!delay.isZero()) {
            jdbc.sql("""
                    update identity.sign_in_throttle set blocked_until = :until
                     where scope = :scope and subject = :subject
                    """).param("until", utc(now.plus(delay))).param("scope", key.scope().name())
                    .param("subject", key.subject()).update();
        }
        return Optional.empty();
    }

    private void uncount(SignInAttempt.Key key) {
        jdbc.sql("""
                delete from identity.sign_in_throttle where scope = :scope and subject = :subject and failures <= 1
                """).param("scope", key.scope().name()).param("subject", key.subject()).update();
        jdbc.sql("""
                update identity.sign_in_throttle set failures = failures - 1
                 where scope = :scope and subject = :subject and failures > 1
                """).param("scope", key.scope().name()).param("subject", key.subject()).update();
    }

    private void forget(SignInAttempt.Key key) {
        jdbc.sql("delete from identity.sign_in_throttle where scope = :scope and subject = :subject")
                .param("scope", key.scope().name()).param("subject", key.subject()).update();
    }

    // Its last failure is older than any wait, so it blocks nothing: the next failure starts again from nothing. Rows
    // another attempt holds are left for later, so that two attempts never wait for each other here.
    private void forgetQuietThrottles(Instant now) {
        jdbc.sql("""
                delete from identity.sign_in_throttle where id in (
                    select id from identity.sign_in_throttle where last_failure_at < :before for update skip locked)
                """).param("before", utc(now.minus(rules.forgetAfter()))).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
