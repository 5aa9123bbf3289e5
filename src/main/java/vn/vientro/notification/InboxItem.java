package vn.vientro.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notice in a user's inbox, its subject rendered in the reader's language. */
public record InboxItem(long id, String category, String subject, @Nullable String quote, @Nullable String link,
                        Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
