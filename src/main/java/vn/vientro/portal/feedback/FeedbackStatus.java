package vn.vientro.portal.feedback;

/** Where a feedback stands; the last two are closed, the others count towards the due date. */
public enum FeedbackStatus {
    RECEIVED, ACCEPTED, ASSIGNED, ANSWERED, PUBLISHED, REJECTED;

    public boolean open() {
        return this != PUBLISHED && this != REJECTED;
    }

    /** What the sender sees on the portal: received, being handled, answered or not taken up. */
    public String publicStage() {
        return switch (this) {
            case RECEIVED -> "RECEIVED";
            case ACCEPTED, ASSIGNED, ANSWERED -> "HANDLING";
            case PUBLISHED -> "ANSWERED";
            case REJECTED -> "REJECTED";
        };
    }
}
