package vn.vientro.identity;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A token as its owner sees it in the list: never the secret. */
public record ApiTokenView(long id, String name, String tokenPrefix, Instant createdAt, @Nullable LocalDate expiresOn,
                           @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

    public boolean active() {
        return revokedAt == null && (expiresOn == null || !expiresOn.isBefore(LocalDate.now()));
    }
}
