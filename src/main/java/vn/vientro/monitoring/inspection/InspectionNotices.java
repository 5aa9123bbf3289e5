package vn.vientro.monitoring.inspection;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.monitoring.InspectionConcluded;
import vn.vientro.monitoring.InspectionPlanned;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Tells the team of an inspection they are on it, and the officers of the agency inspected when it is announced (an
 * ad hoc inspection is not); once concluded, tells both that its findings are now the owner's to read and act on.
 * The one who planned or concluded it is not told what they just did.
 */
@Component
class InspectionNotices {

    private final Notifications notifications;
    private final Users users;

    InspectionNotices(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(InspectionPlanned planned) {
        String link = link(planned.inspectionId());
        send(others(planned.team(), planned.actor()), "inspection-team", Text.of(
                "monitoring.inspection.notice.team", planned.title(), planned.startsOn(), planned.endsOn()), link);
        if (planned.announced()) {
            send(others(officersOf(planned.ownerAgencyId()), planned.actor()), "inspection-announced", Text.of(
                    "monitoring.inspection.notice.announced", planned.title(), planned.startsOn(),
                    planned.endsOn()), link);
        }
    }

    @ApplicationModuleListener
    void on(InspectionConcluded concluded) {
        Set<String> told = new HashSet<>(concluded.team());
        told.addAll(officersOf(concluded.ownerAgencyId()));
        send(others(told, concluded.actor()), "inspection-concluded",
                Text.of("monitoring.inspection.notice.concluded", concluded.title()), link(concluded.inspectionId()));
    }

    private static String link(long inspectionId) {
        return "/app/monitoring/inspections/" + inspectionId;
    }

    private Set<String> officersOf(@Nullable Long agencyId) {
        return agencyId == null ? Set.of() : users.ofAgency(agencyId).stream()
                .filter(user -> user.roles().contains(Role.AGENCY_OFFICER)).map(UserView::username)
                .collect(Collectors.toSet());
    }

    private static Set<String> others(Collection<String> usernames, String actor) {
        return usernames.stream().filter(username -> !username.equals(actor)).collect(Collectors.toSet());
    }

    private void send(Set<String> usernames, String category, Text subject, String link) {
        if (!usernames.isEmpty()) {
            notifications.send(Notice.toUsers(usernames, category, subject, link));
        }
    }
}
