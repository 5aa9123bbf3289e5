package vn.vientro.mobilisation.reward;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * A reward as the focal point records it, the same record for the form and the API. The recipient is either an
 * organisation of the registry or a person, picked from the contact network or named with their position.
 */
public record RewardInput(
        @Nullable Long version,
        @NotNull(message = "{mobilisation.reward.kind.required}") @Nullable RewardKind kind,
        @NotNull(message = "{mobilisation.reward.issuingLevel.required}") @Nullable IssuingLevel issuingLevel,
        @Nullable Long recipientOrganisationId,
        @Nullable Long recipientContactId,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String recipientName,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String recipientPosition,
        @NotBlank(message = "{mobilisation.reward.reason.required}")
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason,
        @NotBlank(message = "{mobilisation.reward.decisionNumber.required}")
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String decisionNumber,
        @NotNull(message = "{mobilisation.reward.decisionDate.required}") @Nullable LocalDate decisionDate) {

    public RewardInput {
        recipientName = text(recipientName);
        recipientPosition = text(recipientPosition);
        reason = text(reason);
        decisionNumber = text(decisionNumber);
    }

    static RewardInput blank(@Nullable Long organisationId) {
        return new RewardInput(null, null, IssuingLevel.PROVINCE, organisationId, null, null, null, null, null,
                null);
    }

    RewardInput withVersion(long stored) {
        return new RewardInput(stored, kind, issuingLevel, recipientOrganisationId, recipientContactId, recipientName,
                recipientPosition, reason, decisionNumber, decisionDate);
    }

    /** The person picked from the contact network, named and placed as the network knows them. */
    RewardInput naming(String name, @Nullable String position) {
        return new RewardInput(version, kind, issuingLevel, recipientOrganisationId, recipientContactId, name,
                position, reason, decisionNumber, decisionDate);
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
