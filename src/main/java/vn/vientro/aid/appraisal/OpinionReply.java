package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An agency's answer as typed or received in writing.
 *
 * @param text       required unless the agency simply agrees
 * @param answeredOn the date of the reply; today when absent
 */
public record OpinionReply(@Nullable OpinionAnswer answer, @Nullable String text, @Nullable LocalDate answeredOn) {
}
