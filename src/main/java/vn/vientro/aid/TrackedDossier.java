package vn.vientro.aid;

import java.time.LocalDate;
import java.util.List;

/**
 * A dossier's status as anyone holding its receipt may see it (the portal's tracking page): the steps it went through
 * with their dates, and for a return what the owner was asked to supplement. Never who was consulted, nor what anyone
 * said of it.
 *
 * @param receiptCode the code on the slip
 * @param receivedOn  when the dossier was first received
 * @param steps       the steps, oldest first; the last is where the dossier stands
 */
public record TrackedDossier(String receiptCode, LocalDate receivedOn, List<Step> steps) {

    public Stage current() {
        return steps.get(steps.size() - 1).stage();
    }

    /** What the public is told of a dossier's steps. */
    public enum Stage {
        RECEIVED, RETURNED, RESUBMITTED, UNDER_APPRAISAL, APPROVED, REFUSED;

        public boolean decided() {
            return this == APPROVED || this == REFUSED;
        }
    }

    /**
     * One step.
     *
     * @param missing for a return, what the owner was asked to supplement, one line each; empty otherwise
     */
    public record Step(Stage stage, LocalDate on, List<String> missing) {
    }
}
