package vn.vientro.identity.token;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A token as its owner sees it in the list: never the secret.
 *
 * @param active not revoked, and not expired on the province's date (what signing in with it checks)
 */
public record ApiTokenView(long id, String name, String tokenPrefix, Instant createdAt, @Nullable LocalDate expiresOn,
                           @Nullable Instant revokedAt, @Nullable Instant lastUsedAt, boolean active) {
}
