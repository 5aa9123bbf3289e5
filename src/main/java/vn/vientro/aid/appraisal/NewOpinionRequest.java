package vn.vientro.aid.appraisal;

import org.jspecify.annotations.Nullable;

/**
 * One agency to ask.
 *
 * @param topic    what it is asked about; when absent, what such an agency is usually asked
 * @param question the question in the letter, if more than the topic
 */
public record NewOpinionRequest(long agencyId, @Nullable OpinionTopic topic, @Nullable String question) {
}
