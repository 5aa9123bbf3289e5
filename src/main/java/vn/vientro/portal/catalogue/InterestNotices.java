package vn.vientro.portal.catalogue;

import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.InterestReceived;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/** Tells the focal point, who runs mobilisation, that an organisation sent its interest from the portal. */
@Component
class InterestNotices {

    private final Notifications notifications;

    InterestNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(InterestReceived received) {
        notifications.send(Notice.toRoles(Set.of(Role.FOCAL_POINT), "portal-interest",
                Text.of("portal.notice.interest", received.organisationName(),
                        String.valueOf(received.needId())),
                "/app/mobilisation/needs/" + received.needId() + "/interests"));
    }
}
