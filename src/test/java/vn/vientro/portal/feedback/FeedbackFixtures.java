package vn.vientro.portal.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.identity.Staff;
import vn.vientro.testing.ApplicationUnderTest;

/** Community feedback for tests: sent as the portal's form sends it, and moved on by staff through the service. */
public final class FeedbackFixtures {

    private FeedbackFixtures() {
    }

    /** A feedback sent by a named sender about a published need; returns its id. */
    public static long onNeed(long needId, String name, String contact, String message) {
        return sent(SubjectKind.NEED, needId, new FeedbackSubmission(false, name, contact, message, null));
    }

    public static long onItem(long itemId, String name, String contact, String message) {
        return sent(SubjectKind.AID_ITEM, itemId, new FeedbackSubmission(false, name, contact, message, null));
    }

    static long sent(SubjectKind kind, long subjectId, FeedbackSubmission submission) {
        FeedbackCodes codes = ApplicationUnderTest.bean(PublicFeedback.class).receive(kind, subjectId, submission);
        return ApplicationUnderTest.bean(JdbcClient.class).sql("select id from portal.feedback where code = :code")
                .param("code", codes.code()).query(Long.class).single();
    }

    /** Assigned by the focal point to the agency that answers its item or need. */
    public static void assigned(long feedbackId) {
        FeedbackDesk desk = ApplicationUnderTest.bean(FeedbackDesk.class);
        Staff focal = Staff.focalPoint();
        focal.acting(() -> {
            desk.assign(feedbackId, desk.get(feedbackId).version(), null);
            return null;
        });
    }

    /** Answered and published by the focal point. */
    public static void answered(long feedbackId, String answer) {
        FeedbackDesk desk = ApplicationUnderTest.bean(FeedbackDesk.class);
        Staff.focalPoint().acting(() -> {
            desk.answer(feedbackId, desk.get(feedbackId).version(), answer);
            desk.publish(feedbackId, desk.get(feedbackId).version());
            return null;
        });
    }
}
