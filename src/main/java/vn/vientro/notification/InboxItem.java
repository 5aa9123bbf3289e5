package vn.vientro.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notice in a user's inbox. */
public record InboxItem(long id, String category, String subject, @Nullable String body, @Nullable String link,
                        Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
