package vn.vientro.aid.item;

import java.util.Optional;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.Text;

/**
 * How an item's description may be changed in its state, and by whom (DOMAIN.md §4): a submitted dossier changes only
 * through the procedure, never silently. The policy says who acts for the owner and who corrects dossiers; this says
 * which of them the state lets in, for the service that refuses and the pages that offer.
 */
public enum EditRoute {
    /** The owner's side describes its dossier: before submission, and when it is returned for supplement. */
    DRAFTING,
    /** The focal point or the appraisal lead corrects the submitted dossier during appraisal, with a written reason. */
    CORRECTION;

    /** The route open in {@code status} to someone who acts for the owner and/or corrects dossiers; none, empty. */
    public static Optional<EditRoute> in(AidStatus status, boolean actsForOwner, boolean correctsDossiers) {
        if (status.isWithOwner() && actsForOwner) {
            return Optional.of(DRAFTING);
        }
        if (status.isInAppraisal() && correctsDossiers) {
            return Optional.of(CORRECTION);
        }
        return Optional.empty();
    }

    /** Why no route is open: the 409 problem the service answers, whose words the edit page shows above the form. */
    public static BusinessRuleException refusal(AidStatus status, boolean correctsDossiers) {
        Text state = Text.of("aid.status." + status.name());
        if (!status.isBeforeDecision()) {
            return new BusinessRuleException(AidProblem.AID_ITEM_LOCKED, "aid.item.locked", null, state);
        }
        return new BusinessRuleException(AidProblem.DOSSIER_LOCKED, correctsDossiers
                ? "aid.item.locked.outsideAppraisal" : "aid.item.locked.submitted", null, state);
    }
}
