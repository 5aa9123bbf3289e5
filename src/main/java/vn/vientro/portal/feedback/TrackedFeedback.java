package vn.vientro.portal.feedback;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A feedback as its sender follows it on the portal: its code, when it was received and is due, where it stands, and
 * the answer once published; never who handles it or a draft.
 *
 * @param stage  {@code RECEIVED}, {@code HANDLING}, {@code ANSWERED} or {@code REJECTED}
 * @param answer the published answer, or null
 */
public record TrackedFeedback(String code, String subjectTitle, LocalDate receivedOn, LocalDate dueOn, String stage,
                              @Nullable Rejection rejection, @Nullable String answer,
                              @Nullable LocalDate publishedOn) {
}
