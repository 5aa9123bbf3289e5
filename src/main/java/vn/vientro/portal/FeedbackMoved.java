package vn.vientro.portal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A community feedback was received from the portal or moved on (accepted, rejected, assigned, answered, published);
 * never its sender's personal data.
 *
 * @param status   its status after the step, by name
 * @param agencyId the agency it is assigned to, if it is
 */
public record FeedbackMoved(long feedbackId, String code, String status, @Nullable Long agencyId, LocalDate dueOn,
                            String actor) {
}
