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
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Tells the staff of an agency asked for its input on the province's opinion, once the request committed. A security
 * agency's request goes to those of its staff who may read it, in a sealed notice.
 */
@Component
class InputRequestNotices {

    private final Users users;
    private final Notifications notifications;
    private final OpinionQueries queries;
    private final RegistryPolicy policy;

    InputRequestNotices(Users users, Notifications notifications, OpinionQueries queries, RegistryPolicy policy) {
        this.users = users;
        this.notifications = notifications;
        this.queries = queries;
        this.policy = policy;
    }

    @ApplicationModuleListener
    void on(PermitOpinionInputRequested requested) {
        Set<Role> readers = policy.rolesReadingSecurityOpinions();
        Set<String> recipients = users.ofAgency(requested.agencyId()).stream()
                .filter(user -> !requested.confidential() || user.roles().stream().anyMatch(readers::contains))
                .map(UserView::username).collect(Collectors.toSet());
        if (recipients.isEmpty()) {
            return;
        }
        PermitOpinionView opinion = queries.find(requested.opinionId(), InputScope.NONE).orElseThrow();
        Notice notice = Notice.toUsers(recipients, "registry-opinion",
                Text.of("registry.opinion.notice.asked", opinion.organisationName(), requested.dueOn()),
                "/app/registry/opinions/" + opinion.id()).quoting(opinion.ministryReference());
        notifications.send(requested.confidential() ? notice.sealed() : notice);
    }
}
