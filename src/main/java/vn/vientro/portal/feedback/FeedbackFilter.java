package vn.vientro.portal.feedback;

import org.jspecify.annotations.Nullable;

/**
 * The staff list's filter: a status, only the overdue ones, what they are about (aid items or needs), and words of
 * the code or the subject's title.
 */
public record FeedbackFilter(@Nullable FeedbackStatus status, boolean overdue, @Nullable SubjectKind subject,
                             @Nullable String text) {

    public static FeedbackFilter all() {
        return new FeedbackFilter(null, false, null, null);
    }
}
