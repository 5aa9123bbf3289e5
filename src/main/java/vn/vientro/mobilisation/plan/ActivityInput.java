package vn.vientro.mobilisation.plan;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * An activity of a yearly plan as the focal point records it, the same record for the form and the API. Budgets are
 * in VND and optional: a plan often names only where the money comes from (seed 003 §IV).
 */
public record ActivityInput(
        @Nullable Long version,
        @NotNull(message = "{mobilisation.activity.type.required}") @Nullable ActivityType type,
        @NotBlank(message = "{mobilisation.activity.title.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String title,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String description,
        @NotEmpty(message = "{mobilisation.activity.months.required}")
        @Size(max = 12, message = "{mobilisation.activity.months.invalid}") @Nullable List<Integer> months,
        @NotNull(message = "{mobilisation.activity.leadAgency.required}") @Nullable Long leadAgencyId,
        @Size(max = 100, message = "{mobilisation.activity.tooMany}") @Nullable List<Long> participatingAgencies,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String unitDetail,
        @Size(max = 100, message = "{mobilisation.activity.tooMany}") @Nullable List<Long> targetOrganisations,
        @Size(max = 100, message = "{mobilisation.activity.tooMany}") @Nullable List<Long> targetNeeds,
        @PositiveOrZero(message = "{mobilisation.activity.amount.invalid}")
        @Digits(integer = 17, fraction = 2, message = "{mobilisation.activity.amount.invalid}") @Nullable BigDecimal budgetPlanned,
        @PositiveOrZero(message = "{mobilisation.activity.amount.invalid}")
        @Digits(integer = 17, fraction = 2, message = "{mobilisation.activity.amount.invalid}") @Nullable BigDecimal budgetSpent,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String fundingSource,
        @NotNull(message = "{mobilisation.activity.status.required}") @Nullable ActivityStatus status,
        @Nullable LocalDate doneOn,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String outcome) {

    public ActivityInput {
        title = PlanInput.text(title);
        description = PlanInput.text(description);
        months = months == null ? List.of() : months.stream().filter(Objects::nonNull).distinct().sorted().toList();
        participatingAgencies = ids(participatingAgencies);
        unitDetail = PlanInput.text(unitDetail);
        targetOrganisations = ids(targetOrganisations);
        targetNeeds = ids(targetNeeds);
        fundingSource = PlanInput.text(fundingSource);
        outcome = PlanInput.text(outcome);
    }

    static ActivityInput blank(@Nullable Long leadAgencyId) {
        return new ActivityInput(null, null, null, null, List.of(), leadAgencyId, List.of(), null, List.of(),
                List.of(), null, null, null, ActivityStatus.NOT_STARTED, null, null);
    }

    ActivityInput withVersion(long stored) {
        return new ActivityInput(stored, type, title, description, months, leadAgencyId, participatingAgencies,
                unitDetail, targetOrganisations, targetNeeds, budgetPlanned, budgetSpent, fundingSource, status,
                doneOn, outcome);
    }

    private static List<Long> ids(@Nullable List<Long> typed) {
        return typed == null ? List.of() : typed.stream().filter(Objects::nonNull).distinct().toList();
    }
}
