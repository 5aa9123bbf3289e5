package vn.vientro.aid.item;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.AidStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A submitted dossier changes only through the procedure: which route each state opens, and to whom. */
class EditRouteTests {

    @Test
    void theOwnersSideDescribesItsDossierOnlyBeforeSubmissionAndWhenReturned() {
        assertThat(EditRoute.in(AidStatus.DOSSIER_DRAFT, true, false)).contains(EditRoute.DRAFTING);
        assertThat(EditRoute.in(AidStatus.RETURNED, true, false)).contains(EditRoute.DRAFTING);
        for (AidStatus status : new AidStatus[] {AidStatus.SUBMITTED, AidStatus.UNDER_APPRAISAL, AidStatus.APPRAISED,
                AidStatus.PENDING_DECISION, AidStatus.APPROVED, AidStatus.IMPLEMENTING}) {
            assertThat(EditRoute.in(status, true, false)).as(status.name()).isEmpty();
        }
        assertThat(EditRoute.refusal(AidStatus.SUBMITTED, false).problem()).isEqualTo(AidProblem.DOSSIER_LOCKED);
        assertThat(EditRoute.refusal(AidStatus.SUBMITTED, false).messageKey()).isEqualTo("aid.item.locked.submitted");
        assertThat(EditRoute.refusal(AidStatus.APPROVED, false).problem()).isEqualTo(AidProblem.AID_ITEM_LOCKED);
    }

    @Test
    void theFocalPointAndTheAppraisalLeadCorrectOnlyDuringAppraisal() {
        assertThat(EditRoute.in(AidStatus.SUBMITTED, false, true)).contains(EditRoute.CORRECTION);
        assertThat(EditRoute.in(AidStatus.UNDER_APPRAISAL, true, true)).contains(EditRoute.CORRECTION);
        assertThat(EditRoute.in(AidStatus.APPRAISED, true, true)).isEqualTo(Optional.empty());
        assertThat(EditRoute.in(AidStatus.DOSSIER_DRAFT, false, true)).isEmpty();
        assertThat(EditRoute.in(AidStatus.DOSSIER_DRAFT, true, true)).as("the focal point drafts for any owner")
                .contains(EditRoute.DRAFTING);
        assertThat(EditRoute.refusal(AidStatus.APPRAISED, true).messageKey())
                .isEqualTo("aid.item.locked.outsideAppraisal");
    }
}
