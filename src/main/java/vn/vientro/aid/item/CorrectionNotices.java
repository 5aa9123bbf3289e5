package vn.vientro.aid.item;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidItemCorrected;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Text;

/**
 * Tells the aid owner's staff, once a correction of their submitted dossier committed, which fields the focal point
 * or the appraisal lead changed and why: nothing in a submitted dossier changes without its owner knowing.
 */
@Component
class CorrectionNotices {

    private final Notifications notifications;
    private final Users users;
    private final AidItemQueries queries;

    CorrectionNotices(Notifications notifications, Users users, AidItemQueries queries) {
        this.notifications = notifications;
        this.users = users;
        this.queries = queries;
    }

    @ApplicationModuleListener
    void on(AidItemCorrected corrected) {
        AidItemRecord item = queries.record(corrected.itemId()).orElseThrow();
        Set<String> owners = users.ofAgency(item.ownerAgencyId()).stream().map(UserView::username)
                .collect(Collectors.toSet());
        if (owners.isEmpty() || corrected.changedFields().isEmpty()) {
            return;
        }
        Text subject = Text.of("aid.notice.corrected", item.code(), item.nameVi(), listed(corrected.changedFields()));
        notifications.send(Notice.toUsers(owners, "aid-corrected", subject,
                "/app/aid/items/" + item.id() + "?tab=timeline").quoting(corrected.reason()));
    }

    /** The labels as one text in the reader's language: "Tổng giá trị, Ngày kết thúc". */
    private static Text listed(List<String> labelKeys) {
        Text listed = Text.of(labelKeys.get(labelKeys.size() - 1));
        for (int i = labelKeys.size() - 2; i >= 0; i--) {
            listed = Text.of("aid.notice.corrected.list", Text.of(labelKeys.get(i)), listed);
        }
        return listed;
    }
}
