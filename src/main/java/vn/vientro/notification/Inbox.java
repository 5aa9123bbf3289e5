package vn.vientro.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.notification.inbox.InboxNotice;
import vn.vientro.notification.inbox.InboxNoticeRepository;
import vn.vientro.notification.inbox.InboxQueries;

/** Each user's own notices; nobody reads another's inbox. */
@Service
public class Inbox {

    private final InboxNoticeRepository notices;
    private final InboxQueries queries;
    private final Clock clock;

    Inbox(InboxNoticeRepository notices, InboxQueries queries, Clock clock) {
        this.notices = notices;
        this.queries = queries;
        this.clock = clock;
    }

    @PreAuthorize(NotificationPolicy.OWN_INBOX)
    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return queries.unreadCount(username);
    }

    @PreAuthorize(NotificationPolicy.OWN_INBOX)
    @Transactional(readOnly = true)
    public List<InboxItem> latest(String username, boolean unreadOnly, int limit) {
        return queries.latest(username, unreadOnly, limit, LocaleContextHolder.getLocale());
    }

    /** Another user's notice, or one already read, is left as it is. */
    @PreAuthorize(NotificationPolicy.OWN_INBOX)
    @Transactional
    public void markRead(String username, long id) {
        notices.findById(id).filter(notice -> notice.isFor(username))
                .filter(notice -> notice.markRead(clock.instant()))
                .ifPresent(notices::save);
    }

    /** The reader's own notices among {@code ids} are marked read; others' ids are passed over. */
    @PreAuthorize(NotificationPolicy.OWN_INBOX)
    @Transactional
    public void markRead(String username, List<Long> ids) {
        notices.findAllById(ids).forEach(notice -> {
            if (notice.isFor(username) && notice.markRead(clock.instant())) {
                notices.save(notice);
            }
        });
    }

    @PreAuthorize(NotificationPolicy.OWN_INBOX)
    @Transactional
    public int markAllRead(String username) {
        List<InboxNotice> unread = notices.findByRecipientAndReadAtIsNull(username);
        unread.forEach(notice -> notice.markRead(clock.instant()));
        notices.saveAll(unread);
        return unread.size();
    }
}
