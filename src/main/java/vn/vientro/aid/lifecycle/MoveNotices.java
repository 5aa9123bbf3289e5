package vn.vientro.aid.lifecycle;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidItemMoved;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;

/**
 * Tells whoever has the next step. Emergency relief is decided without consultation, so the police and the focal point
 * are told once it is approved (DOMAIN.md §4.5).
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

    @EventListener
    void on(AidItemMoved moved) {
        AidItemRecord item = queries.record(moved.itemId()).orElseThrow();
        String link = "/app/aid/items/" + item.id();
        String subject = item.code() + " · " + item.nameVi();
        switch (moved.action()) {
            case SUBMIT, RESUBMIT -> notifications.send(Notice.toRoles(
                    Set.of(moved.kind().isEmergency() ? Role.LEADER : Role.APPRAISER), "aid-submitted",
                    "Hồ sơ khoản viện trợ mới nộp: " + subject, null, link));
            case PROPOSE_DECISION -> notifications.send(Notice.toRoles(Set.of(Role.LEADER), "aid-decision",
                    "Trình quyết định phê duyệt: " + subject, null, link));
            case APPROVE -> {
                toOwner(item, "aid-approved", "Khoản viện trợ đã được phê duyệt: " + subject, link);
                if (moved.kind().isEmergency()) {
                    notifications.send(Notice.toRoles(Set.of(Role.SECURITY, Role.FOCAL_POINT), "aid-emergency",
                            "Đã phê duyệt viện trợ khẩn cấp (thông báo sau theo quy trình khẩn cấp): " + subject,
                            null, link));
                }
            }
            case RETURN, REFUSE, SUSPEND, RESUME, TERMINATE, SETTLE -> toOwner(item, "aid-" + moved.action().slug(),
                    moved.action() == AidAction.RETURN ? "Hồ sơ được trả lại để bổ sung: " + subject
                            : "Thay đổi trạng thái khoản viện trợ: " + subject, link);
            case HAND_OVER -> notifications.send(Notice.toRoles(Set.of(Role.APPRAISER), "aid-settlement",
                    "Chờ quyết toán: " + subject, null, link));
            default -> {
            }
        }
    }

    private void toOwner(AidItemRecord item, String category, String subject, String link) {
        Set<String> owners = users.ofAgency(item.ownerAgencyId()).stream().map(UserView::username)
                .collect(Collectors.toSet());
        if (!owners.isEmpty()) {
            notifications.send(Notice.toUsers(owners, category, subject, null, link));
        }
    }
}
