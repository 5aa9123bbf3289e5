package vn.vientro.registry.permit;

import java.util.Locale;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.registry.AttentionRaised;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/** Tells the focal points of what the daily check raised, once it committed. */
@Component
class ReminderNotices {

    private final Notifications notifications;

    ReminderNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(AttentionRaised raised) {
        notifications.send(Notice.toRoles(Set.of(Role.FOCAL_POINT),
                "registry-" + raised.reason().toLowerCase(Locale.ROOT), subject(raised), raised.link()));
    }

    private static Text subject(AttentionRaised raised) {
        return Text.of("registry.reminder." + raised.reason(), raised.organisationName(),
                raised.permitNumber() == null ? "" : raised.permitNumber(), raised.days(),
                raised.dueOn() == null ? "" : raised.dueOn());
    }
}
