package vn.vientro.portal.feedback;

import org.jspecify.annotations.Nullable;

/**
 * What a sender typed: their name and contact unless they stay anonymous, and their message; and the photo they
 * attached, if any.
 */
record FeedbackSubmission(boolean anonymous, @Nullable String name, @Nullable String contact, String message,
                          @Nullable Photo photo) {

    /** An attached photo as uploaded: its file name and content, checked before it is kept. */
    record Photo(String fileName, byte[] content) {
    }
}
