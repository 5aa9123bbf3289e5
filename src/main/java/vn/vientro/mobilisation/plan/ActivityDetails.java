package vn.vientro.mobilisation.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;

/** What the focal point records of an activity, stored in the activity's own row. */
record ActivityDetails(
        ActivityType type, String title, @Nullable String description, List<Integer> months, long leadAgencyId,
        List<Long> participatingAgencies, @Nullable String unitDetail, List<Long> targetOrganisations,
        List<Long> targetNeeds, @Column("budget_planned_amount") @Nullable BigDecimal budgetPlanned,
        @Column("budget_spent_amount") @Nullable BigDecimal budgetSpent, @Nullable String fundingSource,
        ActivityStatus status, @Nullable LocalDate doneOn, @Nullable String outcome) {

    static ActivityDetails of(ActivityInput input) {
        return new ActivityDetails(Objects.requireNonNull(input.type()), Objects.requireNonNull(input.title()),
                input.description(), Objects.requireNonNull(input.months()),
                Objects.requireNonNull(input.leadAgencyId()), Objects.requireNonNull(input.participatingAgencies()),
                input.unitDetail(), Objects.requireNonNull(input.targetOrganisations()),
                Objects.requireNonNull(input.targetNeeds()), input.budgetPlanned(), input.budgetSpent(),
                input.fundingSource(), Objects.requireNonNull(input.status()), input.doneOn(), input.outcome());
    }
}
