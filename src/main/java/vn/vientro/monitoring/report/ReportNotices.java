package vn.vientro.monitoring.report;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.monitoring.ReportMoved;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Tells the reviewers of a submission (the managing agency's officers and the focal point) and the owner's officers
 * of a decision, once the step committed; in-app and by mail.
 */
@Component
class ReportNotices {

    private final Notifications notifications;
    private final Users users;

    ReportNotices(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(ReportMoved moved) {
        String link = "/app/monitoring/duties/" + moved.dutyId() + "/report";
        Text subject = Text.of("monitoring.report.notice." + moved.action(), moved.itemCode(), moved.itemNameVi(),
                moved.number());
        switch (moved.action()) {
            case SUBMIT -> {
                notifications.send(Notice.toRoles(Set.of(Role.FOCAL_POINT), "report-submitted", subject, link));
                if (moved.managingAgencyId() != moved.ownerAgencyId()) {
                    toAgency(moved.managingAgencyId(), "report-submitted", subject, link);
                }
            }
            case ACCEPT -> toAgency(moved.ownerAgencyId(), "report-accepted", subject, link);
            case RETURN -> toAgency(moved.ownerAgencyId(), "report-returned", subject, link);
        }
    }

    private void toAgency(long agencyId, String category, Text subject, String link) {
        Set<String> officers = users.ofAgency(agencyId).stream()
                .filter(user -> user.roles().contains(Role.AGENCY_OFFICER)).map(UserView::username)
                .collect(Collectors.toSet());
        if (!officers.isEmpty()) {
            notifications.send(Notice.toUsers(officers, category, subject, link));
        }
    }
}
