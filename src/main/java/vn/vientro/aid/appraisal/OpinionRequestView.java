package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidStatus;

/**
 * A request for an agency's opinion as the signed-in user may see it, with its answer once given. A confidential
 * (security) request is only ever built for users who may read it.
 *
 * @param itemStatus       the item's status: answers are taken only while it is under appraisal
 * @param answeredBy       who answered: the agency's own staff, or the appraisal lead recording a written reply
 * @param overdue          still awaited after its due date
 * @param consentBySilence overdue while silence counts as consent
 */
public record OpinionRequestView(long id, long version, long itemId, String itemCode, String itemName,
                                 AidStatus itemStatus, long agencyId, String agencyName, OpinionTopic topic,
                                 boolean confidential, @Nullable String question, LocalDate askedOn, LocalDate dueOn,
                                 String askedBy, @Nullable OpinionAnswer answer, @Nullable String answerText,
                                 @Nullable Long answerFileId, @Nullable LocalDate answeredOn,
                                 @Nullable String answeredBy, @Nullable LocalDate withdrawnOn,
                                 @Nullable String withdrawnBy, boolean overdue, boolean consentBySilence) {

    public OpinionFacts facts() {
        return new OpinionFacts(agencyId, confidential);
    }

    public boolean answered() {
        return answeredOn != null;
    }

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    /** Still awaited: neither answered nor withdrawn, and the appraisal is still open. */
    public boolean pending() {
        return !answered() && !withdrawn() && itemStatus == AidStatus.UNDER_APPRAISAL;
    }
}
