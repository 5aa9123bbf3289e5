package vn.vientro.notification;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;

/**
 * Who may read what the system told people: the one place for the notification module's permissions. Services carry
 * the expressions below in {@code @PreAuthorize}; the menu asks the same methods. Sending is no one's permission:
 * modules send from their listeners, after the change they tell of was allowed and committed.
 */
@Component("notificationPolicy")
public class NotificationPolicy {

    public static final String OWN_INBOX = "@notificationPolicy.ownsInbox(#username)";
    public static final String READ_OUTBOX = "@notificationPolicy.readsOutbox()";

    /** Mails may carry what only their recipient should read: administrators, who run the mail set-up, only. */
    private static final Set<Role> OUTBOX_READERS = EnumSet.of(Role.ADMIN);

    /** Each user reads and marks their own notices; nobody reads another's inbox. */
    public boolean ownsInbox(String username) {
        return CurrentUser.is(username);
    }

    /** The mails the system sent or holds for want of an SMTP server. */
    public boolean readsOutbox() {
        return CurrentUser.holdsAny(OUTBOX_READERS);
    }
}
