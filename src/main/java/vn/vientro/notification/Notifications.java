package vn.vientro.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;

/** The one way modules tell people something: inbox for each recipient, and e-mail for those with an address. */
@Service
public class Notifications {

    private final Users users;
    private final MailOutbox outbox;
    private final JdbcClient jdbc;

    Notifications(Users users, MailOutbox outbox, JdbcClient jdbc) {
        this.users = users;
        this.outbox = outbox;
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
        for (UserView user : recipients.values()) {
            jdbc.sql("""
                    insert into notification.inbox_item (recipient, category, subject, body, link)
                    values (:recipient, :category, :subject, :body, :link)
                    """)
                    .param("recipient", user.username()).param("category", notice.category())
                    .param("subject", notice.subject()).param("body", notice.body()).param("link", notice.link())
                    .update();
            if (notice.email() && user.email() != null) {
                outbox.enqueue(user.email(), user.username(), notice.subject(), mailBody(notice));
            }
        }
        return recipients.size();
    }

    private static String mailBody(Notice notice) {
        StringBuilder body = new StringBuilder(notice.body() == null ? notice.subject() : notice.body());
        if (notice.link() != null) {
            body.append("\n\n").append(notice.link());
        }
        return body.toString();
    }
}
