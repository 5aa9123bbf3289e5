package vn.vientro.aid.amendment;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;

/** Tells the appraisal lead and the approver of a request waiting for them, and the aid owner of the decision. */
@Component
class AmendmentNotices {

    private final Notifications notifications;
    private final Users users;

    AmendmentNotices(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    void requested(AidItemRecord item, long amendmentId, boolean extension) {
        notifications.send(Notice.toRoles(Set.of(Role.APPRAISER, Role.LEADER), "aid-amendment",
                (extension ? "Đề nghị điều chỉnh, gia hạn khoản viện trợ: " : "Đề nghị điều chỉnh khoản viện trợ: ")
                        + subject(item), null, link(item, amendmentId)));
    }

    void decided(AidItemRecord item, Amendment amendment, boolean approved) {
        Set<String> owners = new HashSet<>();
        users.ofAgency(item.ownerAgencyId()).stream().map(UserView::username).forEach(owners::add);
        owners.add(amendment.requestedBy());
        notifications.send(Notice.toUsers(owners, approved ? "aid-amendment-approved" : "aid-amendment-rejected",
                (approved ? "Đề nghị điều chỉnh đã được phê duyệt: " : "Đề nghị điều chỉnh không được chấp thuận: ")
                        + subject(item), null, link(item, amendment.id())));
    }

    private static String subject(AidItemRecord item) {
        return item.code() + " · " + item.nameVi();
    }

    private static String link(AidItemRecord item, long amendmentId) {
        return "/app/aid/items/" + item.id() + "/amendments/" + amendmentId;
    }
}
