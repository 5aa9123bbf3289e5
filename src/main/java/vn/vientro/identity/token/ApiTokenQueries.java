package vn.vientro.identity.token;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tokens as their owner lists them, and the one a presented secret matches. */
@Component
class ApiTokenQueries {

    private final JdbcClient jdbc;

    ApiTokenQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active ones first, newest first; {@code today} is the province's date, as signing in checks expiry. */
    List<ApiTokenView> ofUser(long userId, LocalDate today) {
        return jdbc.sql("""
                        select t.id, t.name, t.token_prefix, t.created_at, t.expires_on, t.revoked_at, u.last_used_at,
                               (t.revoked_at is null and (t.expires_on is null or t.expires_on >= :today)) as active
                          from identity.api_token t
                          left join identity.api_token_usage u on u.token_id = t.id
                         where t.user_account = :user
                         order by t.revoked_at nulls first, t.created_at desc
                        """)
                .param("user", userId).param("today", today)
                .query(ApiTokenView.class).list();
    }

    /** The token with this hash if it is neither revoked nor expired on {@code today}, and when it was last used. */
    Optional<TokenUse> valid(String hash, LocalDate today) {
        return jdbc.sql("""
                        select t.id, t.user_account, u.last_used_at, t.expires_on from identity.api_token t
                          left join identity.api_token_usage u on u.token_id = t.id
                         where t.token_hash = :hash and t.revoked_at is null
                           and (t.expires_on is null or t.expires_on >= :today)
                        """)
                .param("hash", hash).param("today", today)
                .query((rs, row) -> new TokenUse(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3),
                        rs.getObject(4, LocalDate.class))).optional();
    }

    record TokenUse(long tokenId, long userId, @Nullable Timestamp lastUsed, @Nullable LocalDate expiresOn) {
    }
}
