package vn.vientro.platform;

import java.util.List;

/**
 * Paths anonymous visitors may read (GET), declared by the module that serves them, such as the public portal or
 * reference data. Everything not declared requires sign-in.
 */
@FunctionalInterface
public interface PublicPaths {

    List<String> anonymousReadable();

    /**
     * Forms anonymous visitors may send (POST) without a session, so without a CSRF token: each such form acts for no
     * signed-in user and protects itself against abuse (the portal's honeypot, signed fill time and rate limit).
     */
    default List<String> anonymousPostable() {
        return List.of();
    }
}
