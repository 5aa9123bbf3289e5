package vn.vientro.aid.lifecycle;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Tells whoever has the next step, once the move committed. Emergency relief is decided without consultation, so the
 * police and the focal point are told once it is approved (DOMAIN.md §4.5).
 */
@Component
class MoveNotices {

    private final Notifications notifications;
    private final Users users;
    private final AidItemQueries queries;

    MoveNotices(Notifications notifications, Users users, AidItemQueries queries) {
        this.notifications = notifications;
        this.users = users;
        this.queries = queries;
    }

    @ApplicationModuleListener
    void on(AidItemMoved moved) {
        AidItemRecord item = queries.record(moved.itemId()).orElseThrow();
        String link = "/app/aid/items/" + item.id();
        switch (moved.action()) {
            case SUBMIT, RESUBMIT -> toRoles(moved.kind().isEmergency() ? Role.LEADER : Role.APPRAISER,
                    "aid-submitted", subject("aid.notice.submitted", item), link);
            case PROPOSE_DECISION -> toRoles(Role.LEADER, "aid-decision", subject("aid.notice.decisionProposed", item),
                    link);
            case APPROVE -> {
                toOwner(item, "aid-approved", subject("aid.notice.approved", item), link);
                if (moved.kind().isEmergency()) {
                    notifications.send(Notice.toRoles(Set.of(Role.SECURITY, Role.FOCAL_POINT), "aid-emergency",
                            subject("aid.notice.emergencyApproved", item), link));
                }
            }
            case RETURN -> toOwner(item, "aid-return", subject("aid.notice.returned", item), link);
            case REFUSE, SUSPEND, RESUME, TERMINATE, SETTLE -> toOwner(item, "aid-" + moved.action().slug(),
                    Text.of("aid.notice.moved", item.code(), item.nameVi(), Text.of("aid.status." + moved.to())),
                    link);
            case HAND_OVER -> toRoles(Role.APPRAISER, "aid-settlement", subject("aid.notice.handedOver", item), link);
            default -> {
            }
        }
    }

    private static Text subject(String key, AidItemRecord item) {
        return Text.of(key, item.code(), item.nameVi());
    }

    private void toRoles(Role role, String category, Text subject, String link) {
        notifications.send(Notice.toRoles(Set.of(role), category, subject, link));
    }

    private void toOwner(AidItemRecord item, String category, Text subject, String link) {
        Set<String> owners = users.ofAgency(item.ownerAgencyId()).stream().map(UserView::username)
                .collect(Collectors.toSet());
        if (!owners.isEmpty()) {
            notifications.send(Notice.toUsers(owners, category, subject, link));
        }
    }
}
