package vn.vientro.identity.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.identity.token.TokenHash;
import vn.vientro.platform.Actor;

/**
 * The browsers an account signed in with: each keeps a random cookie, sent to the sign-in form only, that lets the
 * account's owner past the throttles an attacker fills ({@link ThrottleCounters}). SQL rather than an aggregate: a
 * device is written and read on the sign-in path, before anyone is signed in, and never changes once written.
 */
@Component
class TrustedDevices {

    static final String COOKIE = "VIENTRO_DEVICE";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ThrottleRules rules;
    private final Clock clock;

    TrustedDevices(JdbcClient jdbc, ThrottleRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    /** The trusted browser this request comes from, if the account named trusts it. */
    Optional<Long> recognise(HttpServletRequest request, String username) {
        return presented(request).flatMap(secret -> jdbc.sql("""
                select d.id from identity.trusted_device d join identity.user_account u on u.id = d.user_account
                 where d.token_hash = :hash and u.username = :username and d.expires_at > :now
                """).param("hash", TokenHash.of(secret)).param("username", username)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).query(Long.class).optional());
    }

    /** After a correct password from a browser the account does not trust yet: it trusts it from now on. */
    void trust(HttpServletRequest request, HttpServletResponse response, long userId, @Nullable Long alreadyTrusted) {
        if (alreadyTrusted != null) {
            return;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Actor.runAs("system:login", () -> {
            jdbc.sql("""
                    delete from identity.trusted_device where id in (
                        select id from identity.trusted_device where expires_at <= :now for update skip locked)
                    """).param("now", now.atOffset(ZoneOffset.UTC)).update();
            jdbc.sql("""
                    insert into identity.trusted_device (user_account, token_hash, trusted_at, expires_at)
                    values (:user, :hash, :now, :expires)
                    """).param("user", userId).param("hash", TokenHash.of(secret))
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("expires", now.plus(rules.trustDevicesFor()).atOffset(ZoneOffset.UTC)).update();
        });
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, secret)
                .path(request.getContextPath() + "/login").httpOnly(true).secure(request.isSecure())
                .sameSite("Strict").maxAge(rules.trustDevicesFor()).build().toString());
    }

    private static Optional<String> presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank())
                .map(Cookie::getValue).findFirst();
    }
}
