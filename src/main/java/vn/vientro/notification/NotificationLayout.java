package vn.vientro.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.vientro.platform.HeaderIndicator;
import vn.vientro.platform.HomeWidget;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;

/** The unread badge in the header, the home tile and the menu entries of this module. */
@Component
class NotificationLayout implements HeaderIndicator, HomeWidget, MenuContribution {

    private final Inbox inbox;
    private final NotificationPolicy policy;

    NotificationLayout(Inbox inbox, NotificationPolicy policy) {
        this.inbox = inbox;
        this.policy = policy;
    }

    @Override
    public Optional<Indicator> indicatorFor(Authentication user) {
        return Optional.of(new Indicator("notification.unread.label", inbox.unreadCount(user.getName()),
                "/app/notifications", "bell"));
    }

    @Override
    public Optional<Tile> tileFor(Authentication user) {
        long unread = inbox.unreadCount(user.getName());
        return Optional.of(new Tile("notification.home.unread", unread, "/app/notifications?unread=true", unread > 0, 10));
    }

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                MenuItem.forStaff("menu.section.personal", "notification.inbox.title", "/app/notifications", "bell",
                        960),
                new MenuItem("menu.section.system", "notification.outbox.title", "/app/admin/outbox", "envelope", 940,
                        policy::readsOutbox));
    }
}
