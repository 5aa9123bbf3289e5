package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidPolicy;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.notification.Notice;
import vn.vientro.notification.Notifications;
import vn.vientro.shared.Role;

/**
 * Tells people about opinions. Notices travel by e-mail and sit in the outbox administrators read, so a security
 * request's notice carries the item code and the due date and nothing else (no name, topic or question), and goes
 * only to those of the police who may read security opinions.
 */
@Component
class OpinionNotices {

    static final String INBOX = "/app/aid/opinions";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Users users;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AidPolicy policy;

    OpinionNotices(Users users, Notifications notifications, MessageSource messages, AidPolicy policy) {
        this.policy = policy;
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** To the staff of the agency asked who may answer for it. */
    void asked(long agencyId, String itemCode, String itemName, OpinionTopic topic, @Nullable String question,
               LocalDate dueOn) {
        Set<Role> answerers = policy.answeringRoles(topic.confidential());
        Set<String> recipients = users.ofAgency(agencyId).stream()
                .filter(user -> user.roles().stream().anyMatch(answerers::contains))
                .map(UserView::username).collect(Collectors.toSet());
        if (recipients.isEmpty()) {
            return;
        }
        String subject = topic.confidential()
                ? text("aid.appraisal.notice.asked.sealed", itemCode, DATE.format(dueOn))
                : text("aid.appraisal.notice.asked", itemCode, itemName, text("aid.appraisal.topic." + topic),
                        DATE.format(dueOn));
        notifications.send(Notice.toUsers(recipients, "aid-opinion", subject,
                topic.confidential() ? null : question, INBOX));
    }

    /**
     * To whoever asked, when the agency's own staff answered. A security answer's notice says only that it came: its
     * content is read on the item, where the read is recorded.
     */
    void answered(OpinionRequestView opinion) {
        String subject = opinion.confidential()
                ? text("aid.appraisal.notice.answered.sealed", opinion.itemCode())
                : text("aid.appraisal.notice.answered", opinion.itemCode(), opinion.agencyName());
        notifications.send(Notice.toUsers(Set.of(opinion.askedBy()), "aid-opinion-answered", subject, null,
                "/app/aid/items/" + opinion.itemId() + "?tab=appraisal"));
    }

    /** To the appraisal lead, once per overdue request. */
    void overdue(long itemId, String itemCode, String agencyName, boolean confidential, LocalDate dueOn) {
        String subject = confidential ? text("aid.appraisal.notice.overdue.sealed", itemCode, DATE.format(dueOn))
                : text("aid.appraisal.notice.overdue", itemCode, agencyName, DATE.format(dueOn));
        notifications.send(Notice.toRoles(Set.of(Role.APPRAISER), "aid-opinion-overdue", subject, null,
                "/app/aid/items/" + itemId + "?tab=appraisal"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VI);
    }
}
