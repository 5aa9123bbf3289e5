package vn.vientro.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.platform.StoredText;

/**
 * The one way modules tell people something: inbox for each recipient, and e-mail for those with an address. Modules
 * call it from listeners of their events, after the change they tell of has committed. The inbox keeps the subject as
 * a message key with arguments, rendered in the reader's language when read; a mail is written in the language its
 * recipient last chose.
 */
@Service
public class Notifications {

    private final Users users;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    Notifications(Users users, MailOutbox outbox, MessageSource messages, JdbcClient jdbc) {
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** Delivers the notice; returns how many people it reached. */
    @Transactional
    public int send(Notice notice) {
        Map<String, UserView> recipients = new LinkedHashMap<>();
        notice.usernames().forEach(name -> users.findByUsername(name).filter(UserView::enabled)
                .ifPresent(user -> recipients.put(user.username(), user)));
        if (!notice.roles().isEmpty()) {
            users.withAnyRole(notice.roles()).forEach(user -> recipients.putIfAbsent(user.username(), user));
        }
        String arguments = StoredText.arguments(notice.subject());
        for (UserView user : recipients.values()) {
            jdbc.sql("""
                    insert into notification.inbox_item (recipient, category, subject_key, subject_args, quote, link)
                    values (:recipient, :category, :key, cast(:arguments as jsonb), :quote, :link)
                    """)
                    .param("recipient", user.username()).param("category", notice.category())
                    .param("key", notice.subject().key()).param("arguments", arguments)
                    .param("quote", notice.quote()).param("link", notice.link()).update();
            if (notice.email() && user.email() != null) {
                String subject = messages.getMessage(notice.subject(), user.language());
                outbox.enqueue(user.email(), user.username(), subject, mailBody(subject, notice));
            }
        }
        return recipients.size();
    }

    private static String mailBody(String subject, Notice notice) {
        StringBuilder body = new StringBuilder(notice.quote() == null ? subject : notice.quote());
        if (notice.link() != null) {
            body.append("\n\n").append(notice.link());
        }
        return body.toString();
    }
}
