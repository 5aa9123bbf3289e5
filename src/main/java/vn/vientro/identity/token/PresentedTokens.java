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
 * not part of {@link ApiTokens}, whose every method acts for a signed-in owner.
 */
@Component
public class PresentedTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    PresentedTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user a presented secret belongs to, if the token is known, not revoked and not expired. */
    @Transactional
    public Optional<Long> owner(String secret) {
        Optional<TokenUse> match = jdbc.sql("""
                        select t.id, t.user_account, u.last_used_at from identity.api_token t
                          left join identity.api_token_usage u on u.token_id = t.id
                         where t.token_hash = :hash and t.revoked_at is null
                           and (t.expires_on is null or t.expires_on >= :today)
                        """)
                .param("hash", TokenHash.of(secret))
                .param("today", LocalDate.now(clock))
                .query((rs, row) -> new TokenUse(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3))).optional();
        // Last use is kept to the minute: a write (and a WAL flush) on every API call would cost more than it tells.
        match.filter(use -> use.lastUsed() == null
                        || use.lastUsed().toInstant().isBefore(clock.instant().minusSeconds(60)))
                .ifPresent(use -> jdbc.sql("""
                        insert into identity.api_token_usage (token_id, last_used_at) values (:id, :now)
                        on conflict (token_id) do update set last_used_at = excluded.last_used_at
                        """)
                        .param("id", use.tokenId()).param("now", Timestamp.from(clock.instant())).update());
        return match.map(TokenUse::userId);
    }

    private record TokenUse(long tokenId, long userId, @Nullable Timestamp lastUsed) {
    }
}
