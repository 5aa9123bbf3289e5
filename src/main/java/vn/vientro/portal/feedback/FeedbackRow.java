package vn.vientro.portal.feedback;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A feedback in the staff list: no personal data, which only its own page shows. */
public record FeedbackRow(long id, String code, SubjectKind subjectKind, long subjectId, String subjectTitle,
                          FeedbackStatus status, LocalDate receivedOn, LocalDate dueOn, @Nullable Long agencyId,
                          @Nullable String agencyName, boolean overdue) {

    FeedbackRow named(@Nullable String name) {
        return new FeedbackRow(id, code, subjectKind, subjectId, subjectTitle, status, receivedOn, dueOn, agencyId,
                name, overdue);
    }
}
