package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An agency's answer as typed or received in writing.
 *
 * @param answerText required unless the agency simply agrees
 * @param answeredOn the date of the reply; today when absent
 */
public record OpinionReply(@Nullable OpinionAnswer answer, @Nullable String answerText, @Nullable LocalDate answeredOn) {
}
