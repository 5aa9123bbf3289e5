package vn.vientro.monitoring.chasing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.monitoring.DutyChased;
import vn.vientro.monitoring.NgoDutyChased;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Sends a chasing stage's notices, in-app and by mail, once it committed: the owner's officers are reminded and
 * chased (the focal point copied once overdue); an escalation goes to the leaders of the governing agency (its
 * officers if it has no leader's account), then to the provincial leaders. A foreign NGO's own duty is the focal
 * point's to chase with the organisation.
 */
@Component
class ChaseNotices {

    /** Organisations named in a notice about NGOs' duties; the others are on the list it links to. */
    private static final int NAMED = 5;

    private final Notifications notifications;
    private final Users users;

    ChaseNotices(Notifications notifications, Users users) {
        this.notifications = notifications;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(DutyChased chased) {
        String link = "/app/monitoring/duties/" + chased.dutyId() + "/report";
        Text subject = Text.of("monitoring.chase.notice." + chased.stage(), chased.itemCode(), chased.itemNameVi(),
                Text.of("monitoring.kind." + chased.kind()), chased.dueOn(), chased.days());
        String category = "report-chase-" + chased.stage().name().toLowerCase(java.util.Locale.ROOT);
        switch (chased.stage()) {
            case DUE_SOON -> send(of(chased.ownerAgencyId(), Role.AGENCY_OFFICER), category, subject, link);
            case OVERDUE -> {
                send(of(chased.ownerAgencyId(), Role.AGENCY_OFFICER), category, subject, link);
                notifications.send(Notice.toRoles(Set.of(Role.FOCAL_POINT), category, subject, link));
            }
            case GOVERNING_LEADER -> {
                Set<String> leaders = of(chased.managingAgencyId(), Role.LEADER);
                send(leaders.isEmpty() ? of(chased.managingAgencyId(), Role.AGENCY_OFFICER) : leaders, category,
                        subject, link);
            }
            case PROVINCIAL_LEADER -> notifications.send(Notice.toRoles(Set.of(Role.LEADER), category, subject,
                    link));
        }
    }

    /** One notice for all the organisations, naming the first few; the list of duties shows them all. */
    @ApplicationModuleListener
    void on(NgoDutyChased chased) {
        List<String> named = chased.organisations().subList(0, Math.min(NAMED, chased.organisations().size()));
        String names = String.join(", ", named) + (chased.organisations().size() > NAMED ? ", …" : "");
        Text subject = Text.of("monitoring.chase.ngo." + chased.stage(), chased.organisations().size(),
                Text.of("monitoring.chase.ngo.kind." + chased.kind()), chased.dueOn(), chased.days(), names);
        notifications.send(Notice.toRoles(Set.of(Role.FOCAL_POINT), "ngo-chase-"
                + chased.stage().name().toLowerCase(java.util.Locale.ROOT), subject,
                "/app/monitoring/duties?kind=" + chased.kind()));
    }

    private Set<String> of(long agencyId, Role role) {
        return users.ofAgency(agencyId).stream().filter(user -> user.roles().contains(role))
                .map(UserView::username).collect(Collectors.toSet());
    }

    private void send(Set<String> usernames, String category, Text subject, String link) {
        if (!usernames.isEmpty()) {
            notifications.send(Notice.toUsers(usernames, category, subject, link));
        }
    }
}
