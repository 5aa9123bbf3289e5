package vn.vientro.portal.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.vientro.platform.PublishingAggregate;
import vn.vientro.portal.FeedbackMoved;
import vn.vientro.portal.FeedbackProblem;
import vn.vientro.shared.BusinessRuleException;

/**
 * A citizen's or organisation's feedback on a published aid item or need, from receipt to its published answer:
 * received, accepted (or rejected as spam or out of scope), assigned to the agency that answers, answered, published.
 * The sender's name and contact are kept only when they did not ask to stay anonymous.
 */
@Table(schema = "portal", name = "feedback")
class Feedback extends PublishingAggregate {

    @Id
    private @Nullable Long id;
    @Version
    private @Nullable Long version;
    private final String code;
    private final String checkCode;
    private final SubjectKind subjectKind;
    private final long subjectId;
    private final String subjectTitle;
    private final boolean anonymous;
    private final @Nullable String senderName;
    private final @Nullable String senderContact;
    private final String message;
    private final @Nullable Long photoFileId;
    private FeedbackStatus status;
    private final Instant receivedAt;
    private final LocalDate receivedOn;
    private final LocalDate dueOn;
    private @Nullable Rejection rejection;
    private @Nullable String rejectNote;
    private @Nullable Long agencyId;
    private @Nullable String answer;
    private @Nullable String answeredBy;
    private @Nullable Instant answeredAt;
    private @Nullable LocalDate publishedOn;
    private @Nullable String publishedBy;

    @PersistenceCreator
    @SuppressWarnings("checkstyle:ParameterNumber")
    Feedback(@Nullable Long id, @Nullable Long version, String code, String checkCode, SubjectKind subjectKind,
             long subjectId, String subjectTitle, boolean anonymous, @Nullable String senderName,
             @Nullable String senderContact, String message, @Nullable Long photoFileId, FeedbackStatus status,
             Instant receivedAt, LocalDate receivedOn, LocalDate dueOn, @Nullable Rejection rejection,
             @Nullable String rejectNote, @Nullable Long agencyId, @Nullable String answer,
             @Nullable String answeredBy, @Nullable Instant answeredAt, @Nullable LocalDate publishedOn,
             @Nullable String publishedBy) {
        this.id = id;
        this.version = version;
        this.code = code;
        this.checkCode = checkCode;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.subjectTitle = subjectTitle;
        this.anonymous = anonymous;
        this.senderName = senderName;
        this.senderContact = senderContact;
        this.message = message;
        this.photoFileId = photoFileId;
        this.status = status;
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.dueOn = dueOn;
        this.rejection = rejection;
        this.rejectNote = rejectNote;
        this.agencyId = agencyId;
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.publishedOn = publishedOn;
        this.publishedBy = publishedBy;
    }

    /** A feedback as sent from the portal, with its codes and its due date. */
    static Feedback receive(FeedbackCodes codes, Subject subject, Sender sender, String message,
                            @Nullable Long photoFileId, Received received) {
        Feedback feedback = new Feedback(null, null, codes.code(), codes.checkCode(), subject.kind(), subject.id(),
                subject.title(), sender.anonymous(), sender.anonymous() ? null : sender.name(),
                sender.anonymous() ? null : sender.contact(), message, photoFileId, FeedbackStatus.RECEIVED,
                received.at(), received.on(), received.dueOn(), null, null, null, null, null, null, null, null);
        feedback.moved(received.actor());
        return feedback;
    }

    void accept(String actor) {
        require(Set.of(FeedbackStatus.RECEIVED), "accept");
        status = FeedbackStatus.ACCEPTED;
        moved(actor);
    }

    void reject(Rejection why, @Nullable String note, String actor) {
        require(Set.of(FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED), "reject");
        status = FeedbackStatus.REJECTED;
        rejection = why;
        rejectNote = note;
        moved(actor);
    }

    /** Assigns (or assigns again) the agency that answers; a feedback still to triage is accepted with it. */
    void assign(long agency, String actor) {
        require(Set.of(FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED, FeedbackStatus.ASSIGNED), "assign");
        agencyId = agency;
        status = FeedbackStatus.ASSIGNED;
        moved(actor);
    }

    /** Drafts the answer, or revises the draft until it is published. */
    void answer(String text, String actor, Instant now) {
        require(Set.of(FeedbackStatus.ASSIGNED, FeedbackStatus.ANSWERED), "answer");
        answer = text;
        answeredBy = actor;
        answeredAt = now;
        status = FeedbackStatus.ANSWERED;
        moved(actor);
    }

    void publish(String actor, LocalDate today) {
        require(Set.of(FeedbackStatus.ANSWERED), "publish");
        status = FeedbackStatus.PUBLISHED;
        publishedOn = today;
        publishedBy = actor;
        moved(actor);
    }

    private void require(Set<FeedbackStatus> from, String step) {
        if (!from.contains(status)) {
            throw new BusinessRuleException(FeedbackProblem.FEEDBACK_STEP_REFUSED, "portal.feedback.refused." + step,
                    null, status.name());
        }
    }

    private void moved(String actor) {
        FeedbackStatus now = status;
        Long agency = agencyId;
        publish(feedbackId -> new FeedbackMoved(feedbackId, code, now.name(), agency, dueOn, actor));
    }

    @Override
    public @Nullable Long id() {
        return id;
    }

    long version() {
        return Objects.requireNonNull(version);
    }

    String code() {
        return code;
    }

    String checkCode() {
        return checkCode;
    }

    SubjectKind subjectKind() {
        return subjectKind;
    }

    long subjectId() {
        return subjectId;
    }

    /** Who sent it, how to reach them, the photo: for staff. */
    record Sender(boolean anonymous, @Nullable String name, @Nullable String contact) {
    }

    /** What it is about, titled as published when it was sent. */
    record Subject(SubjectKind kind, long id, String title) {
    }

    /** When it arrived, and the due date counted from then. */
    record Received(Instant at, LocalDate on, LocalDate dueOn, String actor) {
    }
}
