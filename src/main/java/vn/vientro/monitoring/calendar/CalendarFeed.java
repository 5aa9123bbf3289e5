package vn.vientro.monitoring.calendar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A user's personal calendar feed: the hash of the secret in its address, and when that address was made. */
@Table(schema = "monitoring", name = "calendar_feed")
class CalendarFeed {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final String username;
    private String tokenHash;
    private Instant createdAt;

    @PersistenceCreator
    CalendarFeed(@Nullable Long id, @Nullable Long version, String username, String tokenHash, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.username = username;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    static CalendarFeed of(String username, String tokenHash, Instant now) {
        return new CalendarFeed(null, null, username, tokenHash, now);
    }

    /** A new address: the old one stops working at once. */
    void renew(String newTokenHash, Instant now) {
        tokenHash = newTokenHash;
        createdAt = now;
    }

    String username() {
        return username;
    }

    Instant createdAt() {
        return createdAt;
    }
}
