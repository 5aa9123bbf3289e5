package vn.vientro.portal.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.FileType;
import vn.vientro.platform.Actor;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.WorkingDays;

/**
 * The public side of community feedback: anyone may send one about a published item or need, so no role guards it
 * (the portal's form protects itself against spam); it is recorded as the process {@code system:portal}, with its
 * codes and its due date, the photo kept only when its content is a PNG or JPEG picture within the size limit. Its
 * sender follows it by its code and check code; the answers published show on the item's or need's page.
 */
@Service
public class PublicFeedback {

    public static final String ACTOR = "system:portal";

    private final FeedbackRepository feedback;
    private final FeedbackQueries queries;
    private final FeedbackSubjects subjects;
    private final FeedbackRules rules;
    private final AidFiles files;
    private final WorkingDays workingDays;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    PublicFeedback(FeedbackRepository feedback, FeedbackQueries queries, FeedbackSubjects subjects,
                   FeedbackRules rules, AidFiles files, WorkingDays workingDays, TransactionTemplate transactions,
                   Clock clock) {
        this.feedback = feedback;
        this.queries = queries;
        this.subjects = subjects;
        this.rules = rules;
        this.files = files;
        this.workingDays = workingDays;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records the feedback and returns its codes for the sender.
     *
     * @throws NotFoundException     when the item or need is not published
     * @throws InvalidInputException at {@code photo} (or {@code file}) when the photo is refused
     */
    FeedbackCodes receive(SubjectKind kind, long subjectId, FeedbackSubmission sent) {
        return record(kind, subjectId, sent, clock.instant(), null);
    }

    /**
     * Records a feedback received at the instant given, with its own codes or drawn ones (the demo's come with
     * codes people can type, and from days ago).
     */
    FeedbackCodes record(SubjectKind kind, long subjectId, FeedbackSubmission sent, Instant at,
                         @Nullable FeedbackCodes given) {
        // the actor first, then the transaction: its connection carries the actor for the audit trail
        return Actor.runAs(ACTOR, () -> java.util.Objects.requireNonNull(transactions.execute(status -> {
            FeedbackSubjects.SubjectPage subject = subjects.find(kind, subjectId, PortalLanguage.VI)
                    .orElseThrow(() -> new NotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT),
                            subjectId));
            Long photo = sent.photo() == null ? null : keep(sent.photo());
            LocalDate on = LocalDate.ofInstant(at, clock.getZone());
            FeedbackCodes codes = given != null ? given : FeedbackCodes.draw(on.getYear());
            while (given == null && feedback.existsByCode(codes.code())) {
                codes = FeedbackCodes.draw(on.getYear());
            }
            feedback.save(Feedback.receive(codes, new Feedback.Subject(kind, subjectId, subject.titleVi()),
                    new Feedback.Sender(sent.anonymous(), sent.name(), sent.contact()), sent.message(), photo,
                    new Feedback.Received(at, on, workingDays.addWorkingDays(on, rules.answerWorkingDays()), ACTOR)));
            return codes;
        })));
    }

    @Transactional(readOnly = true)
    Optional<TrackedFeedback> track(@Nullable String code, @Nullable String checkCode) {
        return queries.track(code, checkCode);
    }

    @Transactional(readOnly = true)
    List<PublishedAnswer> answers(SubjectKind kind, long subjectId) {
        return queries.publishedAnswers(kind, subjectId);
    }

    long maxPhotoMegabytes() {
        return Math.max(1, rules.maxPhotoSize().toMegabytes());
    }

    private long keep(FeedbackSubmission.Photo photo) {
        if (photo.content().length > rules.maxPhotoSize().toBytes()) {
            throw new InvalidInputException("photo", "portal.feedback.photo.tooLarge", maxPhotoMegabytes());
        }
        return files.store(photo.fileName(), photo.content(), EnumSet.of(FileType.PNG, FileType.JPEG)).id();
    }
}
