package vn.vientro.aid.lifecycle;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidRoles;
import vn.vientro.aid.item.AidAccess;
import vn.vientro.aid.item.AidItemRecord;

/**
 * Who makes which move: the aid owner (or the focal point for it) drafts, implements and hands over; the appraisal lead
 * checks, appraises and confirms settlement; the competent authority decides; the focal point closes the file.
 */
@Component
class ActionPermissions {

    private final AidAccess access;

    ActionPermissions(AidAccess access) {
        this.access = access;
    }

    boolean mayPerform(AidAction action, AidItemRecord item) {
        return switch (action) {
            case SUBMIT, RESUBMIT, START, COMPLETE, HAND_OVER, REQUEST_AMENDMENT -> access.actsForOwner(item);
            case RETURN, OPEN_APPRAISAL, CONCLUDE_APPRAISAL, PROPOSE_DECISION, SETTLE ->
                    AidRoles.currentUserHoldsAny(AidRoles.APPRAISERS);
            case APPROVE, REFUSE, APPROVE_AMENDMENT, REJECT_AMENDMENT, SUSPEND, RESUME, TERMINATE ->
                    AidRoles.currentUserHoldsAny(AidRoles.DECIDERS);
            case CLOSE -> AidRoles.currentUserHoldsAny(Set.of("FOCAL_POINT", "APPRAISER"));
        };
    }
}
