package vn.vientro.identity.token;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognises the secret an API request presents, before anyone is signed in: so it carries no permission, and it is
 * not part of {@link ApiTokens}, whose every method acts for a signed-in owner. It keeps when each token was last used,
 * a technical table outside the audit trail, by an upsert: parallel calls with one token all stamp it, where a
 * versioned save would refuse all but one.
 */
@Component
public class PresentedTokens {

    private final ApiTokenQueries queries;
    private final JdbcClient jdbc;
    private final Clock clock;

    PresentedTokens(ApiTokenQueries queries, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whose a presented token is, and the last day it is valid (none: until revoked). */
    public record Owner(long userId, @Nullable LocalDate lastDay) {
    }

    /** The user a presented secret belongs to, if the token is known, not revoked and not expired. */
    @Transactional
    public Optional<Owner> owner(String secret) {
        Optional<ApiTokenQueries.TokenUse> match = queries.valid(TokenHash.of(secret), LocalDate.now(clock));
        // Last use is kept to the minute: a write (and a WAL flush) on every API call would cost more than it tells.
        match.filter(use -> use.lastUsed() == null
                        || use.lastUsed().toInstant().isBefore(clock.instant().minusSeconds(60)))
                .ifPresent(use -> jdbc.sql("""
                        insert into identity.api_token_usage (token_id, last_used_at) values (:id, :now)
                        on conflict (token_id) do update set last_used_at = excluded.last_used_at
                        """)
                        .param("id", use.tokenId()).param("now", Timestamp.from(clock.instant())).update());
        return match.map(use -> new Owner(use.userId(), use.expiresOn()));
    }
}
