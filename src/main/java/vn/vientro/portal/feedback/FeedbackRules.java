package vn.vientro.portal.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How community feedback is handled.
 *
 * @param answerWorkingDays the answer is due this many working days after the feedback was received
 * @param source            where that time limit comes from, shown to staff beside the due date
 * @param maxPhotoSize      the largest photo a sender may attach
 */
@ConfigurationProperties("vientro.portal.feedback")
record FeedbackRules(
        // the figure and its source are set in portal-feedback.yml
        @DefaultValue("10") int answerWorkingDays, @DefaultValue("") String source,
        @DefaultValue("5MB") DataSize maxPhotoSize) {
}
