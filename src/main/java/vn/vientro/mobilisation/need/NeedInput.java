package vn.vientro.mobilisation.need;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * A need as its proposer describes it, the same record for the form and the API: Bean Validation finds every missing
 * or malformed field at once, {@link NeedRules} then checks the codes against the reference lists. Costs are in VND;
 * a foreign amount is optional, with its currency. Sectors (DAC codes) and communes (current codes) may be typed
 * separated by commas, semicolons or spaces.
 */
public record NeedInput(
        @Nullable Long version,
        @NotBlank(message = "{mobilisation.need.titleVi.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleVi,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String titleEn,
        @NotBlank(message = "{mobilisation.need.summaryVi.required}")
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String summaryVi,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String summaryEn,
        @NotBlank(message = "{mobilisation.need.objectivesVi.required}")
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String objectivesVi,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String objectivesEn,
        @NotBlank(message = "{mobilisation.need.priorityField.required}")
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String priorityField,
        @Size(max = 30, message = "{mobilisation.need.codes.tooMany}") @Nullable List<String> sectors,
        @Size(max = 100, message = "{mobilisation.need.codes.tooMany}") @Nullable List<String> communes,
        @PositiveOrZero(message = "{mobilisation.need.count.invalid}") @Nullable Integer beneficiariesTotal,
        @PositiveOrZero(message = "{mobilisation.need.count.invalid}") @Nullable Integer poorHouseholds,
        @PositiveOrZero(message = "{mobilisation.need.count.invalid}") @Nullable Integer children,
        @PositiveOrZero(message = "{mobilisation.need.count.invalid}") @Nullable Integer peopleWithDisabilities,
        @PositiveOrZero(message = "{mobilisation.need.count.invalid}") @Nullable Integer ethnicMinorities,
        @PositiveOrZero(message = "{mobilisation.need.count.invalid}") @Nullable Integer women,
        @NotNull(message = "{mobilisation.need.estimatedCost.required}")
        @Positive(message = "{mobilisation.need.amount.invalid}")
        @Digits(integer = 17, fraction = 2, message = "{mobilisation.need.amount.invalid}") @Nullable BigDecimal estimatedCost,
        @Positive(message = "{mobilisation.need.amount.invalid}")
        @Digits(integer = 17, fraction = 2, message = "{mobilisation.need.amount.invalid}") @Nullable BigDecimal foreignAmount,
        @Pattern(regexp = "[A-Z]{3}", message = "{mobilisation.need.currency.invalid}") @Nullable String foreignCurrency,
        @PositiveOrZero(message = "{mobilisation.need.amount.invalid}")
        @Digits(integer = 17, fraction = 2, message = "{mobilisation.need.amount.invalid}") @Nullable BigDecimal counterpart,
        @NotNull(message = "{mobilisation.need.duration.required}")
        @Min(value = 1, message = "{mobilisation.need.duration.invalid}")
        @Max(value = 240, message = "{mobilisation.need.duration.invalid}") @Nullable Integer durationMonths,
        @NotBlank(message = "{mobilisation.need.contactName.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String contactName,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String contactPhone,
        @Email(message = "{mobilisation.need.email.invalid}")
        @Size(max = TextLength.EMAIL, message = "{validation.tooLong}") @Nullable String contactEmail) {

    public NeedInput {
        titleVi = text(titleVi);
        titleEn = text(titleEn);
        summaryVi = text(summaryVi);
        summaryEn = text(summaryEn);
        objectivesVi = text(objectivesVi);
        objectivesEn = text(objectivesEn);
        priorityField = text(priorityField);
        sectors = codes(sectors);
        communes = codes(communes);
        foreignCurrency = text(foreignCurrency);
        contactName = text(contactName);
        contactPhone = text(contactPhone);
        contactEmail = text(contactEmail);
    }

    static NeedInput blank() {
        return new NeedInput(null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    NeedInput withVersion(long stored) {
        return new NeedInput(stored, titleVi, titleEn, summaryVi, summaryEn, objectivesVi, objectivesEn,
                priorityField, sectors, communes, beneficiariesTotal, poorHouseholds, children, peopleWithDisabilities,
                ethnicMinorities, women, estimatedCost, foreignAmount, foreignCurrency, counterpart, durationMonths,
                contactName, contactPhone, contactEmail);
    }

    /** Trimmed; an empty text is no text. */
    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> codes(@Nullable List<String> typed) {
        return typed == null ? List.of() : typed.stream().filter(Objects::nonNull)
                .flatMap(code -> Arrays.stream(code.split("[,;\\s]+"))).filter(code -> !code.isEmpty())
                .distinct().toList();
    }
}
