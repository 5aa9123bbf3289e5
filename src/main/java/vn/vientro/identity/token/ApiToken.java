package vn.vientro.identity.token;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token: only its SHA-256 hash and first characters are kept; the secret is shown once. */
@Table(schema = "identity", name = "api_token")
class ApiToken {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private long userAccount;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private @Nullable LocalDate expiresOn;
    private @Nullable Instant revokedAt;

    @PersistenceCreator
    ApiToken(@Nullable Long id, @Nullable Long version, long userAccount, String name, String tokenHash,
             String tokenPrefix, Instant createdAt, @Nullable LocalDate expiresOn, @Nullable Instant revokedAt) {
        this.id = id;
        this.version = version;
        this.userAccount = userAccount;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt;
        this.expiresOn = expiresOn;
        this.revokedAt = revokedAt;
    }

    static ApiToken issue(long userAccount, String name, String secret, @Nullable LocalDate expiresOn) {
        return new ApiToken(null, null, userAccount, name.trim(), TokenHash.of(secret),
                secret.substring(0, Math.min(8, secret.length())), Instant.now(), expiresOn, null);
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    @Nullable Long id() {
        return id;
    }

    long userAccount() {
        return userAccount;
    }
}
