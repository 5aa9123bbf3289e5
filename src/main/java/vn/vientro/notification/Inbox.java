package vn.vientro.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.StoredText;

/** Each user's own notices; nobody reads another's inbox. */
@Service
public class Inbox {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    Inbox(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @PreAuthorize("#username == authentication.name")
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return jdbc.sql("select count(*) from notification.inbox_item where recipient = :u and read_at is null")
                .param("u", username).query(Long.class).single();
    }

    @PreAuthorize("#username == authentication.name")
    @Transactional(readOnly = true)
    public List<InboxItem> latest(String username, boolean unreadOnly, int limit) {
        Locale reader = LocaleContextHolder.getLocale();
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

    @PreAuthorize("#username == authentication.name")
    @Transactional
    public void markRead(String username, long id) {
        jdbc.sql("update notification.inbox_item set read_at = now(), version = version + 1 where id = :id and recipient = :u "
                        + "and read_at is null")
                .param("id", id).param("u", username).update();
    }

    @PreAuthorize("#username == authentication.name")
    @Transactional
    public int markAllRead(String username) {
        return jdbc.sql("update notification.inbox_item set read_at = now(), version = version + 1 where recipient = :u and read_at is null")
                .param("u", username).update();
    }
}
