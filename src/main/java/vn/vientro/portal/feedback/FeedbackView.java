package vn.vientro.portal.feedback;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A feedback as staff read it, with the sender's personal data (their name and contact unless they stayed anonymous,
 * whether a photo came with it), its handling and its answer.
 *
 * @param photo whether a photo came with it (read at its own address, by staff only)
 */
@SuppressWarnings("checkstyle:ParameterNumber")
public record FeedbackView(long id, long version, String code, SubjectKind subjectKind, long subjectId,
                           String subjectTitle, boolean anonymous, @Nullable String senderName,
                           @Nullable String senderContact, String message, boolean photo, FeedbackStatus status,
                           Instant receivedAt, LocalDate receivedOn, LocalDate dueOn, boolean overdue,
                           @Nullable Rejection rejection, @Nullable String rejectNote, @Nullable Long agencyId,
                           @Nullable String agencyName, @Nullable String answer, @Nullable String answeredBy,
                           @Nullable Instant answeredAt, @Nullable LocalDate publishedOn,
                           @Nullable String publishedBy) {

    FeedbackView named(@Nullable String name) {
        return new FeedbackView(id, version, code, subjectKind, subjectId, subjectTitle, anonymous, senderName,
                senderContact, message, photo, status, receivedAt, receivedOn, dueOn, overdue, rejection, rejectNote,
                agencyId, name, answer, answeredBy, answeredAt, publishedOn, publishedBy);
    }
}
