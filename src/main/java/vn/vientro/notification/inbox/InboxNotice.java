package vn.vientro.notification.inbox;

import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PGobject;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.platform.StoredText;
import vn.vientro.shared.Text;

/**
 * A notice in one user's inbox: its subject kept as a message key with typed arguments, rendered in the reader's
 * language when read; and whether they read it.
 */
@Table(schema = "notification", name = "inbox_item")
public class InboxNotice {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private String recipient;
    private String category;
    private String subjectKey;
    /** The driver's own type: PostgreSQL keeps the arguments as jsonb, which a plain string would not bind to. */
    private PGobject subjectArgs;
    private @Nullable String quote;
    private @Nullable String link;
    private Instant createdAt;
    private @Nullable Instant readAt;
    /** Tells of a sealed record: the audit trail shows its row only to those who read sealed records. */
    private final boolean confidential;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    InboxNotice(@Nullable Long id, @Nullable Long version, String recipient, String category, String subjectKey,
                PGobject subjectArgs, @Nullable String quote, @Nullable String link, Instant createdAt,
                @Nullable Instant readAt, boolean confidential) {
        this.id = id;
        this.version = version;
        this.recipient = recipient;
        this.category = category;
        this.subjectKey = subjectKey;
        this.subjectArgs = subjectArgs;
        this.quote = quote;
        this.link = link;
        this.createdAt = createdAt;
        this.readAt = readAt;
        this.confidential = confidential;
    }

    public static InboxNotice to(String recipient, String category, Text subject, @Nullable String quote,
                                 @Nullable String link, Instant now, boolean sealed) {
        return new InboxNotice(null, null, recipient, category, subject.key(), json(StoredText.arguments(subject)),
                quote, link, now, null, sealed);
    }

    /** @return whether it was unread */
    public boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    public boolean isFor(String username) {
        return recipient.equals(username);
    }

    private static PGobject json(String value) {
        PGobject json = new PGobject();
        json.setType("jsonb");
        try {
            json.setValue(value);
        } catch (SQLException e) {
            throw new IllegalArgumentException("not JSON: " + value, e);
        }
        return json;
    }
}
