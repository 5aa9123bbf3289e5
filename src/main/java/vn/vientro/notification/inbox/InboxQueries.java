package vn.vientro.notification.inbox;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.notification.InboxItem;
import vn.vientro.platform.StoredText;

/** A user's notices as they read them: subjects rendered in the reader's language, newest first. */
@Component
public class InboxQueries {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    InboxQueries(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    public long unreadCount(String username) {
        return jdbc.sql("select count(*) from notification.inbox_item where recipient = :u and read_at is null")
                .param("u", username).query(Long.class).single();
    }

    public List<InboxItem> latest(String username, boolean unreadOnly, int limit, Locale reader) {
        return jdbc.sql("select id, category, subject_key, cast(subject_args as text) as subject_args, quote, link, "
                        + "created_at, read_at from notification.inbox_item where recipient = :u"
                        + (unreadOnly ? " and read_at is null" : "") + " order by created_at desc, id desc limit :limit")
                .param("u", username).param("limit", limit)
                .query((rs, n) -> new InboxItem(rs.getLong("id"), rs.getString("category"),
                        messages.getMessage(StoredText.read(rs.getString("subject_key"), rs.getString("subject_args")),
                                reader), rs.getString("quote"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }
}
