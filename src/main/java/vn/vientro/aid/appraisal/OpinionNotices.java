package vn.vientro.aid.appraisal;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.OpinionAnswered;
import vn.vientro.aid.OpinionOverdue;
import vn.vientro.aid.OpinionRequested;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;
import vn.vientro.shared.Text;

/**
 * Tells people about opinions, once the change committed. Notices travel by e-mail and sit in the outbox administrators
 * read, so a security request's notice carries the item code and the due date and nothing else (no name, topic or
 * question), and goes only to those of the police who may read security opinions.
 */
@Component
class OpinionNotices {

    static final String INBOX = "/app/aid/opinions";

    private final Users users;
    private final Notifications notifications;
    private final OpinionRequestQueries queries;
    private final AidPolicy policy;

    OpinionNotices(Users users, Notifications notifications, OpinionRequestQueries queries, AidPolicy policy) {
        this.users = users;
        this.notifications = notifications;
        this.queries = queries;
        this.policy = policy;
    }

    /** To the staff of the agency asked who may answer for it. */
    @ApplicationModuleListener
    void on(OpinionRequested requested) {
        Set<Role> answerers = policy.answeringRoles(requested.confidential());
        Set<String> recipients = users.ofAgency(requested.agencyId()).stream()
                .filter(user -> user.roles().stream().anyMatch(answerers::contains))
                .map(UserView::username).collect(Collectors.toSet());
        if (recipients.isEmpty()) {
            return;
        }
        OpinionRequestView opinion = request(requested.itemId(), requested.opinionId());
        Text subject = opinion.confidential()
                ? Text.of("aid.appraisal.notice.asked.sealed", opinion.itemCode(), opinion.dueOn())
                : Text.of("aid.appraisal.notice.asked", opinion.itemCode(), opinion.itemName(),
                        Text.of("aid.appraisal.topic." + opinion.topic()), opinion.dueOn());
        // read without its sealed content, a security request has no question to quote
        notifications.send(sealedIf(opinion, Notice.toUsers(recipients, "aid-opinion", subject, INBOX)
                .quoting(opinion.question())));
    }

    /**
     * To whoever asked, when someone else recorded the answer. A security answer's notice says only that it came: its
     * content is read on the item, where the read is recorded.
     */
    @ApplicationModuleListener
    void on(OpinionAnswered answered) {
        if (answered.askedBy().equals(answered.answeredBy())) {
            return;
        }
        OpinionRequestView opinion = request(answered.itemId(), answered.opinionId());
        Text subject = opinion.confidential()
                ? Text.of("aid.appraisal.notice.answered.sealed", opinion.itemCode())
                : Text.of("aid.appraisal.notice.answered", opinion.itemCode(), opinion.agencyName());
        notifications.send(sealedIf(opinion, Notice.toUsers(Set.of(answered.askedBy()), "aid-opinion-answered",
                subject, "/app/aid/items/" + opinion.itemId() + "?tab=appraisal")));
    }

    /** To the appraisal lead, once per overdue request. */
    @ApplicationModuleListener
    void on(OpinionOverdue overdue) {
        OpinionRequestView opinion = request(overdue.itemId(), overdue.opinionId());
        Text subject = opinion.confidential()
                ? Text.of("aid.appraisal.notice.overdue.sealed", opinion.itemCode(), opinion.dueOn())
                : Text.of("aid.appraisal.notice.overdue", opinion.itemCode(), opinion.agencyName(), opinion.dueOn());
        notifications.send(sealedIf(opinion, Notice.toRoles(Set.of(Role.APPRAISER), "aid-opinion-overdue", subject,
                "/app/aid/items/" + opinion.itemId() + "?tab=appraisal")));
    }

    /** A notice of a security request is itself sealed: that the request exists is not for everyone to learn. */
    private static Notice sealedIf(OpinionRequestView opinion, Notice notice) {
        return opinion.confidential() ? notice.sealed() : notice;
    }

    /** The request without its sealed content: a notice never carries a security question or answer. */
    private OpinionRequestView request(long itemId, long opinionId) {
        return queries.find(itemId, opinionId, false).orElseThrow();
    }
}
