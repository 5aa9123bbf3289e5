package vn.vientro.mobilisation.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/** An activity as its pages and the API show it. */
@SuppressWarnings("checkstyle:ParameterNumber")
public record ActivityView(long id, long version, long planId, ActivityType type, String title,
                           @Nullable String description, List<Integer> months, long leadAgencyId,
                           List<Long> participatingAgencies, @Nullable String unitDetail,
                           List<Long> targetOrganisations, List<Long> targetNeeds, @Nullable BigDecimal budgetPlanned,
                           @Nullable BigDecimal budgetSpent, @Nullable String fundingSource, ActivityStatus status,
                           @Nullable LocalDate doneOn, @Nullable String outcome) {

    /** Late when the last planned month of the plan's year is past and the activity is neither done nor cancelled. */
    public boolean late(int year, LocalDate today) {
        return status.open() && today.isAfter(YearMonth.of(year, Collections.max(months)).atEndOfMonth());
    }

    /** The state the year view and the progress count: its status, or late. */
    public ActivityState state(int year, LocalDate today) {
        if (late(year, today)) {
            return ActivityState.LATE;
        }
        return switch (status) {
            case NOT_STARTED -> ActivityState.NOT_STARTED;
            case IN_PROGRESS -> ActivityState.IN_PROGRESS;
            case DONE -> ActivityState.DONE;
            case CANCELLED -> ActivityState.CANCELLED;
        };
    }

    public boolean involves(long agencyId) {
        return leadAgencyId == agencyId || participatingAgencies.contains(agencyId);
    }

    public @Nullable Money plannedVnd() {
        return budgetPlanned == null ? null : Money.of(budgetPlanned, "VND");
    }

    public @Nullable Money spentVnd() {
        return budgetSpent == null ? null : Money.of(budgetSpent, "VND");
    }

    ActivityInput input() {
        return new ActivityInput(version, type, title, description, months, leadAgencyId, participatingAgencies,
                unitDetail, targetOrganisations, targetNeeds, typed(budgetPlanned), typed(budgetSpent), fundingSource,
                status, doneOn, outcome);
    }

    /** An amount as the focal point types it: 40000000, not 40000000.00. */
    private static @Nullable BigDecimal typed(@Nullable BigDecimal amount) {
        return amount == null ? null : new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }
}
