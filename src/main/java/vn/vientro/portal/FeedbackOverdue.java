package vn.vientro.portal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A community feedback passed its due date without a published answer (told once per due date). */
public record FeedbackOverdue(long feedbackId, String code, LocalDate dueOn, @Nullable Long agencyId) {
}
