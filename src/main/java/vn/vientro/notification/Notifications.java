package vn.vientro.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.inbox.InboxNotice;
import vn.vientro.notification.inbox.InboxNoticeRepository;

/**
 * The one way modules tell people something: inbox for each recipient, and e-mail for those with an address. Modules
 * call it from listeners of their events, after the change they tell of has committed. The inbox keeps the subject as
 * a message key with arguments, rendered in the reader's language when read; a mail is written in the language its
 * recipient last chose.
 * <p>
 * A component, not a service: no request reaches it, only other modules' code, so it carries no permission of its
 * own; the change it tells of was checked by its owner's policy.
 */
@Component
public class Notifications {

    private final Users users;
    private final InboxNoticeRepository notices;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    Notifications(Users users, InboxNoticeRepository notices, MailOutbox outbox, MessageSource messages,
                  Clock clock) {
        this.users = users;
        this.notices = notices;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
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
            notices.save(InboxNotice.to(user.username(), notice.category(), notice.subject(), notice.quote(),
                    notice.link(), clock.instant(), notice.confidential()));
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
