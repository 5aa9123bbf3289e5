package vn.vientro.mobilisation.pledge;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/** A pledge as lists, the need's funnel page and the API show it, with the aid item it started if any. */
public record PledgeRow(long id, long version, long needId, String needTitle, long organisationId,
                        String organisationName, @Nullable Long activityId, @Nullable String activityTitle,
                        Money amount, Money amountVnd, LocalDate pledgedOn, @Nullable LocalDate expectedOn,
                        @Nullable String note, PledgeState state, @Nullable Long aidItemId,
                        @Nullable String aidItemCode, String recordedBy) {

    /** A dossier can be started from a pledge still only promised. */
    public boolean startsDossier() {
        return state == PledgeState.PLEDGED && aidItemId == null;
    }
}
