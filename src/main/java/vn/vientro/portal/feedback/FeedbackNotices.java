package vn.vientro.portal.feedback;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.portal.FeedbackMoved;
import vn.vientro.portal.FeedbackOverdue;
import vn.vientro.portal.site.Publications;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Tells the focal point of feedback that arrived or was answered (to triage, to publish), the assigned agency's
 * officers of feedback given to them, both of feedback overdue; and refreshes the public pages when an answer is
 * published. Notices carry the code, never the sender's personal data.
 */
@Component
class FeedbackNotices {

    private final Notifications notifications;
    private final Users users;
    private final Publications publications;

    FeedbackNotices(Notifications notifications, Users users, Publications publications) {
        this.notifications = notifications;
        this.users = users;
        this.publications = publications;
    }

    @ApplicationModuleListener
    void on(FeedbackMoved moved) {
        String link = FeedbackController.PATH + "/" + moved.feedbackId();
        Text subject = Text.of("portal.feedback.notice." + moved.status(), moved.code(), moved.dueOn());
        switch (moved.status()) {
            case "RECEIVED", "ANSWERED" -> toFocalPoint("portal-feedback", subject, link);
            case "ASSIGNED" -> {
                if (moved.agencyId() != null) {
                    toAgency(moved.agencyId(), "portal-feedback", subject, link);
                }
            }
            case "PUBLISHED" -> publications.changed();
            default -> {
                // accepted or rejected: nobody waits for it
            }
        }
    }

    @ApplicationModuleListener
    void on(FeedbackOverdue overdue) {
        String link = FeedbackController.PATH + "/" + overdue.feedbackId();
        Text subject = Text.of("portal.feedback.notice.OVERDUE", overdue.code(), overdue.dueOn());
        toFocalPoint("portal-feedback-overdue", subject, link);
        if (overdue.agencyId() != null) {
            toAgency(overdue.agencyId(), "portal-feedback-overdue", subject, link);
        }
    }

    private void toFocalPoint(String category, Text subject, String link) {
        notifications.send(Notice.toRoles(Set.of(Role.FOCAL_POINT), category, subject, link));
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
