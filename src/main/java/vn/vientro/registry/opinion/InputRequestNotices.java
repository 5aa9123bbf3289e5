package vn.vientro.registry.opinion;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.registry.PermitOpinionInputRequested;
import vn.vientro.shared.Text;

/** Tells the staff of an agency asked for its input on the province's opinion, once the request committed. */
@Component
class InputRequestNotices {

    private final Users users;
    private final Notifications notifications;
    private final OpinionQueries queries;

    InputRequestNotices(Users users, Notifications notifications, OpinionQueries queries) {
        this.users = users;
        this.notifications = notifications;
        this.queries = queries;
    }

    @ApplicationModuleListener
    void on(PermitOpinionInputRequested requested) {
        Set<String> recipients = users.ofAgency(requested.agencyId()).stream().map(UserView::username)
                .collect(Collectors.toSet());
        if (recipients.isEmpty()) {
            return;
        }
        PermitOpinionView opinion = queries.find(requested.opinionId()).orElseThrow();
        notifications.send(Notice.toUsers(recipients, "registry-opinion",
                Text.of("registry.opinion.notice.asked", opinion.organisationName(), requested.dueOn()),
                "/app/registry/opinions/" + opinion.id()).quoting(opinion.ministryReference()));
    }
}
