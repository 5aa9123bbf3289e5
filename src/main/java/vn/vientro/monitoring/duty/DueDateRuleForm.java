package vn.vientro.monitoring.duty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.TimeLimit;
import vn.vientro.shared.TextLength;

/** The rules page's form for one kind's due date: the time after the cut-off, its unit and its legal source. */
public record DueDateRuleForm(
        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{monitoring.rules.amount.range}")
        @Max(value = 3650, message = "{monitoring.rules.amount.range}") @Nullable Integer amount,
        @NotNull(message = "{validation.required}") TimeLimit.@Nullable Unit unit,
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.NAME, message = "{validation.tooLong}")
        @Nullable String source,
        @Nullable Long version) {

    static DueDateRuleForm of(RuleView view) {
        TimeLimit due = view.rule().due();
        return new DueDateRuleForm(due.amount(), due.unit(), due.source(), view.version());
    }

    /** The limit as typed; called once validation passed. */
    TimeLimit limit() {
        return new TimeLimit(java.util.Objects.requireNonNull(amount), java.util.Objects.requireNonNull(unit),
                java.util.Objects.requireNonNull(source).strip());
    }

    DueDateRuleForm withVersion(long stored) {
        return new DueDateRuleForm(amount, unit, source, stored);
    }
}
