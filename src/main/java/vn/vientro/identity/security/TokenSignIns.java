package vn.vientro.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who each API token presented lately signs in, so that an API call makes no round trip to the database before its
 * own work: looking up the token, stamping its use and loading its owner with their roles took five round trips in two
 * transactions per call (bench/search-notes.md, 7 Dec 2026). An entry is kept at most {@link #TTL}, and never past
 * its token's last day.
 * <p>
 * Revoking a token ({@code ApiTokens.revoke}) and changing a user ({@code Users.update}: roles, agency, disabled)
 * call {@link #forgetWhenDone()}, which forgets every entry when their transaction ends: on this node the next call
 * sees the change. A change made on another node, or in the database by hand, takes effect here within {@link #TTL}.
 * A look-up that began before a change and ends after it is not remembered ({@link #generation()}). A secret that
 * matches nothing is not remembered either: an unknown token costs its look-up as before and cannot fill the memory.
 */
@Component
public class TokenSignIns {

    /** The longest a token's owner, roles and validity are taken from memory (docs/architecture.md, Permissions). */
    public static final Duration TTL = Duration.ofSeconds(30);

    /** Tokens remembered at most; beyond, all are forgotten (a burst of distinct valid tokens only costs look-ups). */
    static final int CAPACITY = 10_000;

    private record Entry(SignedInUser user, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    TokenSignIns(Clock clock) {
        this.clock = clock;
    }

    /** The user the token with this hash signs in, if it was looked up less than {@link #TTL} ago. */
    Optional<SignedInUser> remembered(String tokenHash) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    /** To be read before a look-up and handed to {@link #remember}: a change in between keeps its result out. */
    long generation() {
        return generation.get();
    }

    /** Keeps what a look-up that began at {@code generation} found, unless something changed since. */
    void remember(String tokenHash, long generation, SignedInUser user, @Nullable LocalDate lastDay) {
        Instant until = clock.instant().plus(TTL);
        if (lastDay != null) {
            Instant end = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            until = end.isBefore(until) ? end : until;
        }
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(tokenHash, new Entry(user, until));
        if (this.generation.get() != generation) { // changed meanwhile: what was found may be stale
            entries.remove(tokenHash);
        }
    }

    /**
     * Forgets every token's owner when the current transaction ends (at once outside one): for a change to a token or
     * to the users it signs in. After the commit, so that no look-up can read the state before it again; a look-up
     * still running then is not remembered.
     */
    public void forgetWhenDone() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    void forget() {
        generation.incrementAndGet();
        entries.clear();
    }
}
