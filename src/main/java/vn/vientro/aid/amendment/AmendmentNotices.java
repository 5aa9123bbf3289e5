package vn.vientro.aid.amendment;

import java.util.HashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AmendmentDecided;
import vn.vientro.aid.AmendmentRequested;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/** Tells the appraisal lead and the approver of a change request, and the aid owner of the decision on it. */
@Component
class AmendmentNotices {

    private final Notifications notifications;
    private final Users users;
    private final AidItemQueries queries;

    AmendmentNotices(Notifications notifications, Users users, AidItemQueries queries) {
        this.notifications = notifications;
        this.users = users;
        this.queries = queries;
    }

    @ApplicationModuleListener
    void on(AmendmentRequested requested) {
        AidItemRecord item = queries.record(requested.itemId()).orElseThrow();
        notifications.send(Notice.toRoles(Set.of(Role.APPRAISER, Role.LEADER), "aid-amendment",
                Text.of(requested.extension() ? "aid.amendment.notice.extension" : "aid.amendment.notice.requested",
                        item.code(), item.nameVi()), link(item, requested.amendmentId())));
    }

    @ApplicationModuleListener
    void on(AmendmentDecided decided) {
        AidItemRecord item = queries.record(decided.itemId()).orElseThrow();
        Set<String> owners = new HashSet<>();
        users.ofAgency(item.ownerAgencyId()).stream().map(UserView::username).forEach(owners::add);
        owners.add(decided.requestedBy());
        notifications.send(Notice.toUsers(owners, decided.approved() ? "aid-amendment-approved"
                        : "aid-amendment-rejected",
                Text.of(decided.approved() ? "aid.amendment.notice.approved" : "aid.amendment.notice.rejected",
                        item.code(), item.nameVi()), link(item, decided.amendmentId())));
    }

    private static String link(AidItemRecord item, long amendmentId) {
        return "/app/aid/items/" + item.id() + "/amendments/" + amendmentId;
    }
}
