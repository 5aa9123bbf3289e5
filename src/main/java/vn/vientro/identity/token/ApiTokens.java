package vn.vientro.identity.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.identity.Users;
import vn.vientro.identity.security.TokenSignIns;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.TextLength;

/** Personal API tokens: created and revoked by their owner, accepted as {@code Authorization: Bearer}. */
@Service
public class ApiTokens {

    static final String PREFIX = "vt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final ApiTokenQueries queries;
    private final Users users;
    private final Clock clock;
    private final TokenSignIns signIns;

    ApiTokens(ApiTokenRepository tokens, ApiTokenQueries queries, Users users, Clock clock, TokenSignIns signIns) {
        this.tokens = tokens;
        this.queries = queries;
        this.users = users;
        this.clock = clock;
        this.signIns = signIns;
    }

    /** Creates a token for the signed-in user and returns its secret, which is never shown again. */
    @PreAuthorize(IdentityPolicy.SELF)
    @Transactional
    public String create(String username, String name, @Nullable LocalDate expiresOn) {
        if (name.isBlank()) {
            throw new InvalidInputException("name", "identity.token.name.required");
        }
        TextLength.require("name", name, TextLength.NAME);
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
        if (!tokens.existsByTokenHash(TokenHash.of(secret))) {
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
        signIns.forgetWhenDone(); // refused from the next call on, not after TokenSignIns.TTL
    }

    @PreAuthorize(IdentityPolicy.SELF)
    @Transactional(readOnly = true)
    public List<ApiTokenView> list(String username) {
        return queries.ofUser(userId(username), LocalDate.now(clock));
    }

    private long userId(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username)).id();
    }
}
