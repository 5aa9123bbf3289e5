package vn.vientro.platform.web;

import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first answers to API requests sent with an {@code Idempotency-Key} ({@link IdempotencyKeyFilter} explains the
 * design), per caller and key. SQL rather than an aggregate: a request claims its key with one upsert that waits,
 * for a bounded time, while a concurrent request holding the same key runs, and takes over a key past its time in the
 * same statement; a repository's insert would fail at once instead of waiting, and could not take over.
 */
@Component
class IdempotentAnswers {

    private static final String UPSERT = """
            insert into platform.idempotent_answer (username, idempotency_key, fingerprint, created_at, status,
                                                    content_type, location, body)
            values (:username, :key, :fingerprint, now(), :status, :contentType, :location, :body)
            on conflict (username, idempotency_key) do update
               set fingerprint = excluded.fingerprint, created_at = excluded.created_at, status = excluded.status,
                   content_type = excluded.content_type, location = excluded.location, body = excluded.body
             where platform.idempotent_answer.created_at <= now() - :keepForSeconds * interval '1 second'
            """;

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final JdbcClient jdbc;
    private final IdempotencyRules rules;
    private final TransactionTemplate transactions;

    IdempotentAnswers(JdbcClient jdbc, IdempotencyRules rules, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Who sent which key; keys of different callers never meet. */
    record Key(String username, String key) {
    }

    /** What the API answered: enough to answer a retry the same way. */
    record Answer(int status, @Nullable String contentType, @Nullable String location, byte[] body) {

        /** Done as asked: 2xx (the API's POSTs never redirect; were one to, its write would stand too). */
        boolean successful() {
            return status >= 200 && status < 400;
        }
    }

    /** What claiming a key found: the key free (the request runs), answered before, or held by a running request. */
    record Claim(@Nullable String fingerprint, @Nullable Answer earlier, boolean inUse) {

        static final Claim FREE = new Claim(null, null, false);
        static final Claim IN_USE = new Claim(null, null, true);

        boolean free() {
            return earlier == null && !inUse;
        }
    }

    /**
     * Claims the key for the request, in the caller's transaction, which then commits the claim with the request's
     * write and its answer ({@link #answer}), or rolls it back. While another transaction holds the key, waits up to
     * {@link IdempotencyRules#maxWait()} for it to end, then finds its answer.
     */
    Claim claim(Key key, String fingerprint) {
        String previousTimeout = jdbc.sql("select current_setting('lock_timeout')").query(String.class).single();
        jdbc.sql("select set_config('lock_timeout', :timeout, true)")
                .param("timeout", rules.maxWait().toMillis() + "ms").query(String.class).single();
        boolean claimed;
        try {
            claimed = upsert(key, fingerprint, null) == 1;
        } catch (DataAccessException e) {
            if (lockTimedOut(e)) {
                return Claim.IN_USE; // the caller rolls back its transaction, which the timeout aborted
            }
            throw e;
        }
        // the request's own statements wait for their locks as long as they always did
        jdbc.sql("select set_config('lock_timeout', :timeout, true)")
                .param("timeout", previousTimeout).query(String.class).single();
        return claimed ? Claim.FREE : earlier(key);
    }

    /** Records the answer of the request that claimed the key, in its transaction. */
    void answer(Key key, Answer answer) {
        jdbc.sql("""
                update platform.idempotent_answer
                   set status = :status, content_type = :contentType, location = :location, body = :body
                 where username = :username and idempotency_key = :key
                """)
                .param("status", answer.status()).param("contentType", answer.contentType())
                .param("location", answer.location()).param("body", answer.body())
                .param("username", key.username()).param("key", key.key()).update();
    }

    /**
     * Records a refusal after its request's transaction was rolled back (a refused request writes nothing), in a
     * transaction of its own; a retry that ran meanwhile and answered first keeps its answer.
     */
    void rememberRefusal(Key key, String fingerprint, Answer answer) {
        transactions.executeWithoutResult(status -> upsert(key, fingerprint, answer));
    }

    /** Forgets the answers past their time; returns how many. */
    int forgetExpired() {
        return jdbc.sql("""
                delete from platform.idempotent_answer
                 where created_at <= now() - :keepForSeconds * interval '1 second'
                """).param("keepForSeconds", rules.keepFor().toSeconds()).update();
    }

    private int upsert(Key key, String fingerprint, @Nullable Answer answer) {
        return jdbc.sql(UPSERT).param("username", key.username()).param("key", key.key())
                .param("fingerprint", fingerprint)
                .param("status", answer == null ? null : answer.status(), Types.INTEGER)
                .param("contentType", answer == null ? null : answer.contentType(), Types.VARCHAR)
                .param("location", answer == null ? null : answer.location(), Types.VARCHAR)
                .param("body", answer == null ? null : answer.body(), Types.BINARY)
                .param("keepForSeconds", rules.keepFor().toSeconds()).update();
    }

    /** PostgreSQL's lock_not_available, which Spring's translation leaves uncategorized. */
    private static boolean lockTimedOut(DataAccessException e) {
        return e instanceof PessimisticLockingFailureException
                || e.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState());
    }

    private Claim earlier(Key key) {
        Optional<Claim> found = jdbc.sql("""
                select fingerprint, status, content_type, location, body from platform.idempotent_answer
                 where username = :username and idempotency_key = :key
                """).param("username", key.username()).param("key", key.key())
                .query((row, number) -> row.getObject("status") == null ? Claim.IN_USE
                        : new Claim(row.getString("fingerprint"), new Answer(row.getInt("status"),
                                row.getString("content_type"), row.getString("location"), row.getBytes("body")),
                                false))
                .optional();
        // gone between the upsert and this read: expired and forgotten by the job; a retry claims it anew
        return found.orElse(Claim.IN_USE);
    }
}
