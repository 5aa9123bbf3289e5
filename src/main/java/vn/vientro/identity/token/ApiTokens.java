package vn.vientro.identity.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.identity.Users;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;

/** Personal API tokens: created and revoked by their owner, accepted as {@code Authorization: Bearer}. */
@Service
public class ApiTokens {

    static final String PREFIX = "vt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final Users users;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Users users, JdbcClient jdbc, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a token for the signed-in user and returns its secret, which is never shown again. */
    @PreAuthorize(IdentityPolicy.SELF)
    @Transactional
    public String create(String username, String name, @Nullable LocalDate expiresOn) {
        if (name.isBlank()) {
            throw new InvalidInputException("name", "identity.token.name.required");
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("expiresOn", "identity.token.expiry.past");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.save(ApiToken.issue(userId(username), name, secret, expiresOn));
        return secret;
    }

    /** Issues a token with a chosen secret; only for fixed demo tokens and set-up, never exposed to users. */
    @PreAuthorize(IdentityPolicy.ADMINISTER)
    @Transactional
    public void issueFixed(long userId, String name, String secret) {
        boolean exists = jdbc.sql("select exists(select 1 from identity.api_token where token_hash = :h)")
                .param("h", TokenHash.of(secret)).query(Boolean.class).single();
        if (!exists) {
            tokens.save(ApiToken.issue(userId, name, secret, null));
        }
    }

    @PreAuthorize(IdentityPolicy.SELF)
    @Transactional
    public void revoke(String username, long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(candidate -> candidate.userAccount() == userId(username))
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        token.revoke();
        tokens.save(token);
    }

    @PreAuthorize(IdentityPolicy.SELF)
    @Transactional(readOnly = true)
    public List<ApiTokenView> list(String username) {
        return jdbc.sql("""
                        select t.id, t.name, t.token_prefix, t.created_at, t.expires_on, t.revoked_at, u.last_used_at,
                               (t.revoked_at is null and (t.expires_on is null or t.expires_on >= :today)) as active
                          from identity.api_token t
                          left join identity.api_token_usage u on u.token_id = t.id
                         where t.user_account = :user
                         order by t.revoked_at nulls first, t.created_at desc
                        """)
                .param("user", userId(username)).param("today", java.time.LocalDate.now(clock))
                .query(ApiTokenView.class).list();
    }

    private long userId(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username)).id();
    }
}
